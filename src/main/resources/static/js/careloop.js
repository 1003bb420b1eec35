// htmx requests carry the CSRF token like the forms do.
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector("meta[name=_csrf]");
  var header = document.querySelector("meta[name=_csrf_header]");
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// A select marked data-submit-on-change submits its form when a choice is made (the practice switch); pages carry
// no inline handlers because the Content-Security-Policy forbids inline script.
document.addEventListener("change", function (event) {
  if (event.target.matches && event.target.matches("select[data-submit-on-change]") && event.target.form) {
    event.target.form.submit();
  }
});

// A table wider than the screen scrolls inside its own box; a keyboard user reaches that box with Tab and scrolls
// it with the arrow keys (WCAG 2.1.1). Checked on load, after each htmx swap and when the window changes size.
(function () {
  function letKeyboardScroll() {
    document.querySelectorAll(".table-scroll, #worklist-results, .app-main :has(> table)").forEach(function (box) {
      var scrolls = box.scrollWidth > box.clientWidth + 1 && getComputedStyle(box).overflowX !== "visible";
      if (scrolls && !box.hasAttribute("tabindex")) {
        box.setAttribute("tabindex", "0");
        box.setAttribute("data-keyboard-scroll", "");
      } else if (!scrolls && box.hasAttribute("data-keyboard-scroll")) {
        box.removeAttribute("tabindex");
        box.removeAttribute("data-keyboard-scroll");
      }
    });
  }
  document.addEventListener("DOMContentLoaded", letKeyboardScroll);
  document.addEventListener("htmx:afterSettle", letKeyboardScroll);
  window.addEventListener("resize", letKeyboardScroll);
})();
