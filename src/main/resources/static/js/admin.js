// FHIR import: send the chosen files one at a time (directory bundles first, since patients' bundles point at the
// clinicians they hold) and show each file's result as it finishes. Without this script the form posts them all.
document.addEventListener("DOMContentLoaded", function () {
  var form = document.getElementById("import-form");
  if (!form || !window.fetch || !window.FormData) {
    return;
  }
  function isDirectory(name) {
    return /directory|practitionerinformation|hospitalinformation/i.test(name);
  }
  form.addEventListener("submit", function (event) {
    var input = document.getElementById("import-files");
    var files = Array.prototype.slice.call(input.files);
    if (files.length === 0) {
      return;
    }
    event.preventDefault();
    files.sort(function (a, b) { return (isDirectory(a.name) ? 0 : 1) - (isDirectory(b.name) ? 0 : 1); });
    var status = document.getElementById("import-status");
    var progress = document.getElementById("import-progress");
    var count = document.getElementById("import-count");
    var results = document.getElementById("import-results");
    var none = document.getElementById("no-results");
    var button = document.getElementById("import-submit");
    var token = document.querySelector("meta[name=_csrf]");
    var header = document.querySelector("meta[name=_csrf_header]");
    var practice = document.getElementById("import-practice").value;
    if (none) { none.hidden = true; }
    status.hidden = false;
    status.scrollIntoView({ block: "start" });
    progress.max = files.length;
    progress.value = 0;
    button.disabled = true;
    button.setAttribute("aria-busy", "true");
    var failed = 0;
    function report(done) {
      count.textContent = form.dataset.progress.replace("{0}", done).replace("{1}", files.length)
        .replace("{2}", done - failed).replace("{3}", failed);
    }
    report(0);
    var chain = Promise.resolve();
    files.forEach(function (file, index) {
      chain = chain.then(function () {
        var data = new FormData();
        data.append("practice", practice);
        data.append("file", file, file.name);
        var headers = {};
        if (token && header) { headers[header.content] = token.content; }
        return fetch(form.dataset.fileUrl, { method: "POST", body: data, headers: headers, credentials: "same-origin" })
          .then(function (response) {
            if (!response.ok) { throw new Error(response.status); }
            return response.text();
          })
          .then(function (html) {
            results.insertAdjacentHTML("beforeend", html);
            if (results.lastElementChild && results.lastElementChild.classList.contains("failed")) { failed++; }
          })
          .catch(function (error) {
            var p = document.createElement("p");
            p.className = "import-result failed";
            p.textContent = file.name + ": " + form.dataset.failed + " (" + error.message + ")";
            results.appendChild(p);
            failed++;
          })
          .then(function () { progress.value = index + 1; report(index + 1); });
      });
    });
    chain.then(function () {
      button.disabled = false;
      button.removeAttribute("aria-busy");
      input.value = "";
      document.getElementById("results-heading").scrollIntoView({ block: "start" });
    });
  });
});
