// The call page's clock: it ticks from the elapsed seconds the server rendered, so a skewed PC clock does not
// matter, and it survives htmx swaps of the timer panel. Leaving the page while it runs asks first.
(function () {
  function pad(n) { return (n < 10 ? "0" : "") + n; }

  function tick() {
    var clock = document.getElementById("timer-clock");
    if (!clock) { return; }
    if (!clock.dataset.seenAt) { clock.dataset.seenAt = String(Date.now()); }
    var seconds = Number(clock.dataset.elapsed || 0) + Math.floor((Date.now() - Number(clock.dataset.seenAt)) / 1000);
    var hours = Math.floor(seconds / 3600), minutes = Math.floor((seconds % 3600) / 60);
    clock.textContent = (hours > 0 ? hours + ":" + pad(minutes) : pad(minutes)) + ":" + pad(seconds % 60);
  }

  var submitting = false;
  document.addEventListener("submit", function (event) {
    if (event.target.closest(".call-page") && !event.target.hasAttribute("hx-post")) { submitting = true; }
  });
  window.addEventListener("beforeunload", function (event) {
    if (document.getElementById("timer-clock") && !submitting) {
      event.preventDefault();
      event.returnValue = "";
    }
  });
  document.addEventListener("htmx:afterSwap", function () {
    tick();
    // A suicide-risk result must not go unnoticed: bring the alert into view and give it focus.
    var alert = document.getElementById("suicide-risk-alert");
    if (alert && !alert.dataset.announced) {
      alert.dataset.announced = "true";
      alert.scrollIntoView({ block: "center" });
      alert.focus({ preventScroll: true });
    }
    var invalid = document.querySelector(".call-page [aria-invalid=true]");
    if (invalid && document.activeElement && !document.activeElement.closest("[aria-invalid=true]")) {
      invalid.focus();
    }
  });
  document.addEventListener("DOMContentLoaded", tick);
  tick();
  setInterval(tick, 1000);
})();
