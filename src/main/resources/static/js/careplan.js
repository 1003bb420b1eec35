// After a refused save, take the care manager straight to the first field that needs fixing.
document.addEventListener("DOMContentLoaded", function () {
  var first = document.querySelector(".careplan-page [aria-invalid=true]");
  if (first) {
    first.scrollIntoView({ block: "center" });
    first.focus({ preventScroll: true });
  }
});
