// Refresh the board when the tracker changes: a cheap version check, then only the cards.
(function () {
  "use strict";
  var board = document.getElementById("board");
  if (!board) { return; }
  var every = (parseInt(board.dataset.refresh, 10) || 2) * 1000;
  function version() {
    var meta = document.getElementById("board-meta");
    return meta ? meta.dataset.version : board.dataset.version;
  }
  function busy() {
    // Never replace a form the recruiter is typing in or a menu they opened.
    var active = document.activeElement;
    return (active && board.contains(active) && /INPUT|TEXTAREA|SELECT/.test(active.tagName)) ||
      board.querySelector("details[open]") !== null;
  }
  function tick() {
    fetch("/api/version", { credentials: "same-origin", cache: "no-store" })
      .then(function (r) { if (r.status === 401) { location.assign("/login"); } return r.json(); })
      .then(function (data) {
        if (!data || data.version === version() || busy()) { return null; }
        return fetch("/board/cards" + location.search, { credentials: "same-origin", cache: "no-store" })
          .then(function (r) { return r.ok ? r.text() : null; })
          .then(function (html) { if (html !== null) { board.innerHTML = html; } });
      })
      .catch(function () { /* the server restarts or the network drops: try again later */ })
      .then(function () { setTimeout(tick, every); });
  }
  setTimeout(tick, every);
  // Actions that mail other people ask first (the cards are replaced, so listen on the board).
  board.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-confirm]");
    if (!button) { return; }
    var card = button.closest("article");
    var who = card ? card.querySelector("h3").textContent : "this process";
    if (!window.confirm(button.textContent + " for " + who + "? Everyone on it gets an email.")) {
      event.preventDefault();
    }
  });
})();
