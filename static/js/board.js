// The pipeline board: drag a card to another column, and the bulk actions form. No inline scripts (CSP).
// Everything works without this file: each card has a "Move to" menu and a button (keyboard and screen readers),
// and the bulk form shows all its fields. Dragging only fills in that same menu and submits it, so a drag and a
// keyboard move take the same path (htmx → ats:board_move → the two columns swapped back, a sentence announced).
(function () {
  "use strict";

  var pendingFocus = null;

  function cardOf(element) {
    return element instanceof Element ? element.closest(".board-card[draggable=true]") : null;
  }

  function columnOf(element) {
    return element instanceof Element ? element.closest(".board-column[data-drop=true]") : null;
  }

  document.addEventListener("dragstart", function (event) {
    var card = cardOf(event.target);
    if (!card) {
      return;
    }
    event.dataTransfer.setData("text/plain", card.getAttribute("data-application"));
    event.dataTransfer.effectAllowed = "move";
    card.classList.add("is-dragging");
  });

  document.addEventListener("dragend", function (event) {
    var card = cardOf(event.target);
    if (card) {
      card.classList.remove("is-dragging");
    }
    document.querySelectorAll(".board-column.is-drop-target").forEach(function (column) {
      column.classList.remove("is-drop-target");
    });
  });

  document.addEventListener("dragover", function (event) {
    var column = columnOf(event.target);
    if (!column) {
      return;
    }
    event.preventDefault();
    event.dataTransfer.dropEffect = "move";
    column.classList.add("is-drop-target");
  });

  document.addEventListener("dragleave", function (event) {
    var column = columnOf(event.target);
    if (column && !column.contains(event.relatedTarget)) {
      column.classList.remove("is-drop-target");
    }
  });

  document.addEventListener("drop", function (event) {
    var column = columnOf(event.target);
    if (!column) {
      return;
    }
    event.preventDefault();
    column.classList.remove("is-drop-target");
    var id = event.dataTransfer.getData("text/plain");
    var card = id ? document.getElementById("card-" + id) : null;
    var form = card ? card.querySelector("form.board-card-move") : null;
    var select = form ? form.querySelector("select[name=stage]") : null;
    var stage = column.getAttribute("data-stage");
    if (!select || select.value === stage) {
      return;
    }
    var option = select.querySelector('option[value="' + stage + '"]');
    if (!option) {
      return; // hired and rejected columns take no drop: "Hire" and "Reject" are decisions of their own
    }
    select.value = stage;
    if (typeof form.requestSubmit === "function") {
      form.requestSubmit();
    } else {
      form.submit();
    }
  });

  // After a move the two columns are replaced: give the focus back to the moved card, so a keyboard user
  // carries on from where they were (the sentence in #messages is announced by its live region).
  document.addEventListener("htmx:beforeRequest", function (event) {
    var form = event.target;
    if (form instanceof HTMLFormElement && form.classList.contains("board-card-move")) {
      var input = form.querySelector("input[name=application]");
      pendingFocus = input ? input.value : null;
    }
  });

  document.addEventListener("htmx:afterSettle", function () {
    if (!pendingFocus) {
      return;
    }
    var card = document.getElementById("card-" + pendingFocus);
    pendingFocus = null;
    if (card) {
      card.focus();
    }
  });

  // The bulk form shows only the fields of the chosen action.
  function showBulkFields(form) {
    var action = form.querySelector("select[name=action]");
    if (!action) {
      return;
    }
    form.querySelectorAll("[data-bulk]").forEach(function (field) {
      field.hidden = field.getAttribute("data-bulk") !== action.value;
    });
    if (action.value === "reject") {
      form.setAttribute("data-confirm", form.getAttribute("data-confirm-reject") || "");
    } else {
      form.removeAttribute("data-confirm");
    }
  }

  document.addEventListener("change", function (event) {
    var target = event.target;
    if (target instanceof HTMLSelectElement && target.name === "action" && target.form && target.form.id === "bulk-form") {
      showBulkFields(target.form);
    }
  });

  function init() {
    var bulk = document.getElementById("bulk-form");
    if (bulk) {
      showBulkFields(bulk);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
