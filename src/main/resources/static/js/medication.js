// The reconciliation form: another row for a medication the patient reports, and after a refused signature the
// first field that needs fixing in view.
document.addEventListener("DOMContentLoaded", function () {
  var add = document.getElementById("add-new-medication");
  var rows = document.getElementById("new-medications");
  var template = document.getElementById("new-medication-template");
  if (add && rows && template) {
    add.addEventListener("click", function () {
      var index = parseInt(rows.getAttribute("data-next-index"), 10) || 0;
      var html = template.innerHTML.replace(/NEWROW/g, String(index)).replace(/NEWNUMBER/g, String(index + 1));
      rows.insertAdjacentHTML("beforeend", html);
      rows.setAttribute("data-next-index", String(index + 1));
      var name = document.getElementById("new-" + index + "-name");
      if (name) {
        name.focus();
      }
    });
  }
  var first = document.querySelector(".med-page [aria-invalid=true]");
  if (first) {
    first.scrollIntoView({ block: "center" });
    first.focus({ preventScroll: true });
  }
});
