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
  document.addEventListener("htmx:afterSwap", tick);
  document.addEventListener("DOMContentLoaded", tick);
  tick();
  setInterval(tick, 1000);
})();
