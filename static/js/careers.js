// The career site's small behaviours. No inline scripts (the CSP forbids them), no dependency, no module syntax.
// Everything works without this file: it saves a double submission, an oversized upload and a click.
(function () {
  "use strict";

  function applyForm() {
    return document.querySelector("form[data-apply-form]");
  }

  // A CV over the limit is refused before it is sent (the server refuses it too): the applicant learns it at
  // once instead of after uploading it, and the message sits next to the file field.
  function tooLarge(form) {
    var notice = document.getElementById("cv-too-large");
    var input = form.querySelector("input[type=file]");
    if (!notice || !input || !input.files || !input.files.length) {
      return false;
    }
    var limit = parseInt(notice.getAttribute("data-max-bytes"), 10);
    var over = limit > 0 && input.files[0].size > limit;
    notice.hidden = !over;
    var described = (input.getAttribute("aria-describedby") || "").split(" ").filter(function (id) {
      return id && id !== "cv-too-large";
    });
    if (over) {
      described.push("cv-too-large");
      input.setAttribute("aria-invalid", "true");
    } else if (!input.closest(".field-invalid")) {
      input.removeAttribute("aria-invalid");
    }
    if (described.length) {
      input.setAttribute("aria-describedby", described.join(" "));
    } else {
      input.removeAttribute("aria-describedby");
    }
    return over;
  }

  document.addEventListener("change", function (event) {
    var form = applyForm();
    if (form && event.target instanceof HTMLInputElement && event.target.type === "file" && form.contains(event.target)) {
      tooLarge(form);
    }
  });

  // One click sends the application once: the button is disabled while the page is sent.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute("data-apply-form")) {
      return;
    }
    if (form.getAttribute("data-sending") === "true") {
      event.preventDefault();
      return;
    }
    if (tooLarge(form)) {
      event.preventDefault();
      form.querySelector("input[type=file]").focus();
      return;
    }
    form.setAttribute("data-sending", "true");
    var button = form.querySelector("button[type=submit]");
    if (button) {
      var label = button.getAttribute("data-sending-label");
      // Disabled after this event returns, so the browser still sends the form this button submits.
      window.setTimeout(function () {
        button.setAttribute("data-label", button.textContent);
        button.disabled = true;
        if (label) {
          button.textContent = label;
        }
      }, 0);
    }
  });

  // Back from the next page (the browser's page cache keeps the disabled button): ready to send again.
  window.addEventListener("pageshow", function (event) {
    var form = applyForm();
    if (event.persisted && form) {
      form.removeAttribute("data-sending");
      var button = form.querySelector("button[type=submit]");
      if (button) {
        button.disabled = false;
        if (button.hasAttribute("data-label")) {
          button.textContent = button.getAttribute("data-label");
        }
      }
    }
  });

  // A link to the privacy notice opens the <details> that holds it.
  document.addEventListener("click", function (event) {
    var link = event.target instanceof Element ? event.target.closest("a[data-open-details]") : null;
    if (!link) {
      return;
    }
    var target = document.getElementById((link.getAttribute("href") || "").slice(1));
    var details = target ? target.closest("details") : null;
    if (details) {
      details.open = true;
    }
  });
})();
