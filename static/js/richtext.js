/*
 * A small rich-text editor for <textarea data-rich-text>: bold, italics, headings, lists, links. Progressive
 * enhancement: without JavaScript the textarea (limited HTML) stays; with it, an editable area with a toolbar
 * writes its HTML back into the textarea, which the form sends. The server sanitizes what it receives (nh3),
 * so nothing here is trusted. Buttons are real <button>s (keyboard and screen readers), with translated labels
 * given by the page in data-label-* attributes.
 */
(function () {
  "use strict";

  var COMMANDS = [
    { name: "bold", command: "bold", text: "B" },
    { name: "italic", command: "italic", text: "I" },
    { name: "heading", command: "formatBlock", value: "h3", text: "H" },
    { name: "paragraph", command: "formatBlock", value: "p", text: "¶" },
    { name: "bullets", command: "insertUnorderedList", text: "•" },
    { name: "numbers", command: "insertOrderedList", text: "1." },
    { name: "link", command: "createLink", text: "🔗" },
    { name: "clear", command: "removeFormat", text: "⌫" }
  ];

  function enhance(textarea) {
    var labelledBy = textarea.id ? document.querySelector('label[for="' + textarea.id + '"]') : null;
    var toolbar = document.createElement("div");
    toolbar.className = "richtext-toolbar";
    toolbar.setAttribute("role", "toolbar");
    toolbar.setAttribute("aria-label", textarea.getAttribute("data-label-toolbar") || "Formatting");

    var editor = document.createElement("div");
    editor.className = "richtext-editor";
    editor.contentEditable = "true";
    editor.setAttribute("role", "textbox");
    editor.setAttribute("aria-multiline", "true");
    if (labelledBy) {
      if (!labelledBy.id) {
        labelledBy.id = textarea.id + "-label";
      }
      editor.setAttribute("aria-labelledby", labelledBy.id);
      // The label now names the editable area: a click on it should land there, not in the hidden textarea.
      labelledBy.addEventListener("click", function (event) {
        event.preventDefault();
        editor.focus();
      });
    }
    var describedBy = textarea.getAttribute("aria-describedby");
    if (describedBy) {
      editor.setAttribute("aria-describedby", describedBy);
    }
    editor.innerHTML = textarea.value;

    function sync() {
      textarea.value = editor.innerHTML;
    }

    COMMANDS.forEach(function (spec) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "richtext-button";
      button.textContent = spec.text;
      var label = textarea.getAttribute("data-label-" + spec.name) || spec.name;
      button.setAttribute("aria-label", label);
      button.title = label;
      button.addEventListener("mousedown", function (event) {
        event.preventDefault(); // keep the selection in the editor
      });
      button.addEventListener("click", function () {
        editor.focus();
        var value = spec.value || null;
        if (spec.command === "createLink") {
          value = window.prompt(textarea.getAttribute("data-label-link-prompt") || "https://", "https://");
          if (!value || !/^(https?:|mailto:)/i.test(value)) {
            return;
          }
        }
        document.execCommand(spec.command, false, value);
        sync();
      });
      toolbar.appendChild(button);
    });

    editor.addEventListener("input", sync);
    editor.addEventListener("blur", sync);
    if (textarea.form) {
      textarea.form.addEventListener("submit", sync);
    }
    textarea.hidden = true;
    textarea.parentNode.insertBefore(toolbar, textarea);
    textarea.parentNode.insertBefore(editor, textarea);
  }

  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("textarea[data-rich-text]"), enhance);
  });
})();
