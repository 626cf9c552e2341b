// The dashboard's behaviour: the form, the run request, and drawing its result with the report's
// renderer (window.cytostormCharts, from time-panels.js). No library besides the chart one.
(function () {
  "use strict";
  var catalogue = JSON.parse(document.getElementById("catalogue").textContent);
  var token = document.querySelector('meta[name="cytostorm-token"]').content;
  var doses = [];
  var lastConsole = null;

  function $(id) { return document.getElementById(id); }
  function option(select, value, label) {
    var o = document.createElement("option");
    o.value = value; o.textContent = label || value; select.appendChild(o);
  }
  catalogue.scenarios.forEach(function (s) { option($("scenario"), s); });
  catalogue.protocols.forEach(function (p) { option($("protocol"), p); });
  catalogue.drugs.forEach(function (d) { option($("drug"), d); });
  $("scenario").value = catalogue.scenarios.indexOf("car-t-axi-cel") >= 0 ? "car-t-axi-cel" : catalogue.scenarios[0];
  if (catalogue.drugs.indexOf("tocilizumab") >= 0) $("drug").value = "tocilizumab";

  // parameters: one row each; only values changed from the table's are sent
  var body = document.querySelector("#parameters tbody");
  catalogue.parameters.forEach(function (p) {
    var tr = document.createElement("tr");
    tr.dataset.name = p.name;
    tr.dataset.text = (p.name + " " + p.description).toLowerCase();
    var name = document.createElement("td");
    name.textContent = p.name;
    name.title = p.description + "\nsource: " + p.source + "\nevidence: " + p.evidence;
    var value = document.createElement("td");
    var input = document.createElement("input");
    if (p["switch"]) {
      input.type = "checkbox"; input.checked = p.value === 1;
    } else {
      input.type = "number"; input.step = "any"; input.value = p.value;
    }
    input.name = p.name;
    input.dataset.original = p["switch"] ? String(p.value === 1) : String(p.value);
    input.addEventListener("change", function () {
      tr.classList.toggle("changed", current(input) !== input.dataset.original);
    });
    value.appendChild(input);
    [name, value].forEach(function (td) { tr.appendChild(td); });
    [p.unit, p.min + " to " + p.max, p.evidence].forEach(function (t) {
      var td = document.createElement("td"); td.textContent = t; tr.appendChild(td);
    });
    body.appendChild(tr);
  });
  function current(input) { return input.type === "checkbox" ? String(input.checked) : input.value; }
  $("filter").addEventListener("input", function () {
    var q = this.value.toLowerCase();
    body.querySelectorAll("tr").forEach(function (tr) { tr.hidden = q && tr.dataset.text.indexOf(q) < 0; });
  });

  function renderDoses() {
    var ul = $("doses");
    ul.innerHTML = "";
    doses.forEach(function (d, i) {
      var li = document.createElement("li");
      li.textContent = d;
      var b = document.createElement("button");
      b.type = "button"; b.textContent = "remove";
      b.addEventListener("click", function () { doses.splice(i, 1); renderDoses(); });
      li.appendChild(b);
      ul.appendChild(li);
    });
  }
  $("add-dose").addEventListener("click", function () {
    var dose = $("dose").value.replace(/\s+/g, "");
    doses.push($("drug").value + (dose ? ":" + dose : "") + "@" + $("dose-time").value + "h");
    renderDoses();
  });

  function request() {
    var settings = {};
    body.querySelectorAll("input").forEach(function (input) {
      if (current(input) !== input.dataset.original) {
        settings[input.name] = input.type === "checkbox" ? (input.checked ? 1 : 0) : Number(input.value);
      }
    });
    var r = { scenario: $("scenario").value, protocol: $("protocol").value, settings: settings, doses: doses };
    if ($("duration").value) r.durationH = Number($("duration").value);
    return r;
  }

  function show(result) {
    $("command").textContent = result.command;
    $("console").textContent = result.console;
    lastConsole = result.console;
    $("pin").disabled = false;
    var holder = $("figures");
    holder.innerHTML = "";
    result.figures.forEach(function (f) {
      if (!f.data) {
        var p = document.createElement("p"); p.textContent = f.caption; holder.appendChild(p); return;
      }
      var fig = document.createElement("figure");
      fig.className = "time-figure"; fig.id = f.id;
      var panels = document.createElement("div"); panels.className = "panels"; fig.appendChild(panels);
      var data = document.createElement("script");
      data.type = "application/json"; data.className = "cytostorm-chart"; data.textContent = JSON.stringify(f.data);
      fig.appendChild(data);
      var cap = document.createElement("figcaption"); cap.textContent = f.caption; fig.appendChild(cap);
      holder.appendChild(fig);
      window.cytostormCharts.draw(fig);
    });
  }

  $("run").addEventListener("click", function () {
    $("status").textContent = "running...";
    $("error").hidden = true;
    $("run").disabled = true;
    fetch("/api/run", {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Cytostorm-Token": token },
      body: JSON.stringify(request())
    }).then(function (response) {
      return response.json().then(function (json) { return { ok: response.ok, json: json }; });
    }).then(function (r) {
      if (!r.ok) throw new Error(r.json.error || "the run failed");
      show(r.json);
      $("status").textContent = "done";
    }).catch(function (e) {
      $("error").textContent = e.message;
      $("error").hidden = false;
      $("status").textContent = "";
    }).finally(function () { $("run").disabled = false; });
  });

  // trials: start one, follow its progress, then show its report
  catalogue.trials.forEach(function (t) { option($("trial"), t); });
  function post(url, body) {
    return fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Cytostorm-Token": token },
      body: JSON.stringify(body)
    }).then(function (response) {
      return response.json().then(function (json) {
        if (!response.ok) throw new Error(json.error || "refused");
        return json;
      });
    });
  }
  $("run-trial").addEventListener("click", function () {
    var trial = $("trial").value, n = Number($("trial-patients").value), seed = Number($("trial-seed").value);
    $("error").hidden = true;
    $("trial-done").hidden = true;
    $("trial-report").hidden = true;
    $("run-trial").disabled = true;
    $("trial-command").hidden = false;
    $("trial-command").firstChild.textContent = "./cytostorm trial " + trial + " --patients " + n + " --seed " + seed;
    post("/api/trial", { trial: trial, patients: n, seed: seed }).then(function (started) {
      var progress = $("trial-progress");
      progress.hidden = false;
      (function poll() {
        fetch("/api/trial/" + started.id).then(function (r) { return r.json(); }).then(function (s) {
          progress.max = Math.max(1, s.total);
          progress.value = s.done;
          $("trial-status").textContent = s.done + " of " + s.total + " patients";
          if (!s.finished) { setTimeout(poll, 400); return; }
          $("run-trial").disabled = false;
          if (s.error) throw new Error(s.error);
          $("trial-status").textContent = "done: " + s.total + " patients";
          $("trial-link").href = s.report;
          $("trial-done").hidden = false;
          $("trial-report").src = s.report;
          $("trial-report").hidden = false;
        }).catch(function (e) {
          $("error").textContent = e.message; $("error").hidden = false; $("run-trial").disabled = false;
        });
      })();
    }).catch(function (e) {
      $("error").textContent = e.message; $("error").hidden = false; $("run-trial").disabled = false;
    });
  });

  // tissue: start a small run, follow it, then play its animation
  catalogue.tissues.forEach(function (t) { option($("tissue"), t); });
  $("run-tissue").addEventListener("click", function () {
    $("error").hidden = true;
    $("tissue-result").hidden = true;
    $("run-tissue").disabled = true;
    post("/api/tissue", { config: $("tissue").value, side: Number($("tissue-side").value),
        hours: Number($("tissue-hours").value) }).then(function (started) {
      $("tissue-command").hidden = false;
      $("tissue-command").firstChild.textContent = started.command;
      var progress = $("tissue-progress");
      progress.hidden = false;
      (function poll() {
        fetch("/api/tissue/" + started.id).then(function (r) { return r.json(); }).then(function (s) {
          progress.max = Math.max(1, s.steps);
          progress.value = s.step;
          $("tissue-status").textContent = "step " + s.step + " of " + s.steps;
          if (!s.finished) { setTimeout(poll, 400); return; }
          $("run-tissue").disabled = false;
          if (s.error) throw new Error(s.error);
          $("tissue-status").textContent = "done";
          $("tissue-animation").src = s.animation;
          $("tissue-link").href = s.report;
          $("tissue-result").hidden = false;
        }).catch(function (e) {
          $("error").textContent = e.message; $("error").hidden = false; $("run-tissue").disabled = false;
        });
      })();
    }).catch(function (e) {
      $("error").textContent = e.message; $("error").hidden = false; $("run-tissue").disabled = false;
    });
  });

  $("pin").addEventListener("click", function () {
    if (lastConsole == null) return;
    $("pinned").textContent = lastConsole;
    $("pinned").hidden = false;
    $("pinned-title").hidden = false;
  });
})();
