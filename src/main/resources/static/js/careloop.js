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
