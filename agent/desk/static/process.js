// The process page: actions that mail other people ask first, as on the board.
(function () {
  "use strict";
  var page = document.querySelector("article.process");
  if (!page) { return; }
  var who = page.querySelector("h1").textContent;
  page.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-confirm]");
    if (button && !window.confirm(button.textContent + " for " + who + "? Everyone on it gets an email.")) {
      event.preventDefault();
    }
  });
})();
