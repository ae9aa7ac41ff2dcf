// Reading a scanned report means OCR, page by page, inside the request: tell the officer it is working and keep the
// form from being sent twice while the server reads.
(function () {
  var form = document.getElementById("upload-form");
  if (!form) return;
  form.addEventListener("submit", function () {
    var button = form.querySelector("button[type=submit]");
    var status = document.getElementById("upload-status");
    if (button) { button.disabled = true; }
    if (status) { status.textContent = status.getAttribute("data-working"); status.hidden = false; }
  });
})();
