// The board and the process page refresh themselves when the tracker changes: a cheap version
// check, then only the part of the page that shows it (the cards, or the process's article).
(function () {
  "use strict";
  var holder = document.querySelector("[data-refresh]");
  if (!holder) { return; }
  var every = (parseInt(holder.dataset.refresh, 10) || 2) * 1000;
  function version() {
    // The part carries the version it was drawn at; before any refresh, the holder does.
    var drawn = holder.querySelector("[data-version]") || holder;
    return drawn.dataset.version;
  }
  function busy() {
    // Never replace a form the recruiter is typing in or a menu they opened.
    var active = document.activeElement;
    return (active && holder.contains(active) && /INPUT|TEXTAREA|SELECT/.test(active.tagName)) ||
      holder.querySelector("details[open]") !== null;
  }
  function tick() {
    fetch(holder.dataset.versionUrl, { credentials: "same-origin", cache: "no-store" })
      .then(function (r) { if (r.status === 401) { location.assign("/login"); } return r.ok ? r.json() : null; })
      .then(function (data) {
        if (!data || data.version === version() || busy()) { return null; }
        return fetch(holder.dataset.partUrl + location.search, { credentials: "same-origin", cache: "no-store" })
          .then(function (r) { return r.ok ? r.text() : null; })
          .then(function (html) { if (html !== null) { holder.innerHTML = html; } });
      })
      .catch(function () { /* the server restarts or the network drops: try again later */ })
      .then(function () { setTimeout(tick, every); });
  }
  setTimeout(tick, every);
  // Actions that mail other people ask first (the part is replaced, so listen on its holder).
  holder.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-confirm]");
    if (!button) { return; }
    var article = button.closest("article");
    var name = article && article.querySelector("h1, h3");
    var who = name ? name.textContent : "this process";
    if (!window.confirm(button.textContent + " for " + who + "? Everyone on it gets an email.")) {
      event.preventDefault();
    }
  });
})();
