// Small, purposeful behaviours for every page. No inline scripts or handlers (the CSP forbids them), no
// module syntax, no dependency. Everything works without this file; it only saves a click.
// htmx sends the CSRF token through the hx-headers attribute on <body>: nothing to do here for that.
(function () {
  "use strict";

  // A <select data-autosubmit> submits its form as soon as a pointer changes it. A keyboard user moving
  // through the options with the arrow keys is not sent away on the first key press (WCAG 3.2.2): they
  // confirm with the form's submit button, which stays visible for them and for browsers without JavaScript.
  var keyboardDriven = new WeakSet();

  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (target instanceof HTMLSelectElement && target.hasAttribute("data-autosubmit")) {
      keyboardDriven.add(target);
    }
  });

  document.addEventListener("pointerdown", function (event) {
    var target = event.target;
    var select = target instanceof Element ? target.closest("select[data-autosubmit]") : null;
    if (select) {
      keyboardDriven.delete(select);
    }
  });

  document.addEventListener("change", function (event) {
    var select = event.target;
    if (!(select instanceof HTMLSelectElement) || !select.hasAttribute("data-autosubmit")) {
      return;
    }
    if (keyboardDriven.has(select) || !select.form) {
      return;
    }
    // requestSubmit() runs the submit event (and so data-confirm and htmx), unlike submit().
    if (typeof select.form.requestSubmit === "function") {
      select.form.requestSubmit();
    } else {
      select.form.submit();
    }
  });

  // <form data-confirm="Delete this?"> asks before sending. Listening in the capture phase on the document
  // runs before htmx's own listener on the form, so a refusal stops both the page load and the htmx request.
  document.addEventListener(
    "submit",
    function (event) {
      var form = event.target;
      if (!(form instanceof HTMLFormElement)) {
        return;
      }
      var submitter = event.submitter;
      var question =
        (submitter && submitter.getAttribute("data-confirm")) || form.getAttribute("data-confirm");
      // An incomplete form is sent without asking: the page answers with the error next to the field, and
      // "Are you sure?" before "choose a reason" would only be a question too many.
      var complete = typeof form.checkValidity !== "function" || form.checkValidity();
      if (question && complete && !window.confirm(question)) {
        event.preventDefault();
        event.stopPropagation();
      }
    },
    true
  );
})();
