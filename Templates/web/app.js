// Backstride's only script: checks the client form on the server as it is typed (the same checks as
// `backstride check`), shows each message beside its field and refreshes the screening and the preview.
// It also shows the emergency advice the moment an emergency sign is answered yes. Every page works without it.
(function () {
  "use strict";

  function clientForm(form) {
    var timer = null;
    var running = null;
    var again = false;

    function show(reply) {
      form.querySelectorAll(".msg").forEach(function (box) { box.textContent = ""; });
      form.querySelectorAll("[aria-invalid]").forEach(function (el) { el.removeAttribute("aria-invalid"); });
      Object.keys(reply.messages).forEach(function (domID) {
        var box = document.getElementById(domID + "-msg");
        if (!box) { box = document.getElementById("f-profile-msg"); }
        reply.messages[domID].forEach(function (m) {
          var p = document.createElement("p");
          p.className = m.severity;
          p.textContent = m.text;
          if (m.hint) {
            var hint = document.createElement("span");
            hint.className = "hint";
            hint.textContent = m.hint;
            p.appendChild(hint);
          }
          box.appendChild(p);
        });
        var input = document.getElementById(domID);
        if (input && reply.messages[domID].some(function (m) { return m.severity === "error"; })) {
          input.setAttribute("aria-invalid", "true");
        }
      });
      // Both fragments come from the server's own templates, which escape every value.
      document.getElementById("screening").innerHTML = reply.screening;
      document.getElementById("follow-up").innerHTML = reply.followUp;
      document.getElementById("preview").innerHTML = reply.preview;
      form.setAttribute("data-checked", String(Date.now()));
    }

    function check() {
      if (running) { again = true; return; }
      var body = new URLSearchParams(new FormData(form));
      running = fetch("/clients/check", {
        method: "POST", body: body, credentials: "same-origin",
        headers: { "Content-Type": "application/x-www-form-urlencoded" }
      }).then(function (response) {
        if (!response.ok) { throw new Error(String(response.status)); }
        return response.json();
      }).then(show).catch(function () {
        document.getElementById("f-profile-msg").textContent = "The check could not reach the app. Use the Check and preview button.";
      }).then(function () {
        running = null;
        if (again) { again = false; check(); } else { form.removeAttribute("data-pending"); }
      });
    }

    // data-pending marks a form whose last change is not yet checked, so a test (or a style) can wait for it.
    function soon() {
      form.setAttribute("data-pending", "yes");
      clearTimeout(timer);
      timer = setTimeout(check, 350);
    }

    form.addEventListener("input", soon);
    form.addEventListener("change", soon);
    // Distances are typed in the form's unit: the label beside each follows the units switch.
    var units = document.getElementById("f-units");
    if (units) {
      units.addEventListener("change", function () {
        form.querySelectorAll(".unit").forEach(function (label) { label.textContent = units.value; });
      });
    }
  }

  function runnerSigns(form) {
    var box = document.getElementById("emergency-now");
    if (!box) { return; }
    form.addEventListener("change", function () {
      var yes = form.querySelector("input[data-emergency=yes]:checked");
      if (yes && box.hidden) {
        box.hidden = false;
        box.setAttribute("tabindex", "-1");
        box.focus();
      } else if (!yes) {
        box.hidden = true;
      }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.getElementById("client-form");
    if (form) { clientForm(form); }
    var signs = document.querySelector("form[action='/runner/next']");
    if (signs) { runnerSigns(signs); }
  });
})();
