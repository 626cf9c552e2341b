// The dashboard's behaviour: the form, the dose timeline, the run streamed as it is computed, the
// comparison, trials and tissue runs; results drawn with the report's renderer
// (window.cytostormCharts, from time-panels.js). No library besides the chart one.
(function () {
  "use strict";
  var catalogue = JSON.parse(document.getElementById("catalogue").textContent);
  var token = document.querySelector('meta[name="cytostorm-token"]').content;
  var MAX_UPLOAD = 48 * 1024;
  var doses = [];        // {drug, amount, hour}, in the order given
  var upload = null;     // the uploaded scenario file: {name, text, durationH}
  var lastRequest = null, lastConsole = null, kept = null, live = null;

  function $(id) { return document.getElementById(id); }
  function option(select, value, label) {
    var o = document.createElement("option");
    o.value = value; o.textContent = label || value; select.appendChild(o);
    return o;
  }
  function showError(message) { $("error").textContent = message; $("error").hidden = false; }
  function clearError() { $("error").textContent = ""; $("error").hidden = true; }

  catalogue.scenarios.forEach(function (s) { option($("scenario"), s); });
  catalogue.protocols.forEach(function (p) { option($("protocol"), p); });
  catalogue.drugs.forEach(function (d) { option($("drug"), d); });
  $("scenario").value = catalogue.scenarios.indexOf("car-t-axi-cel") >= 0 ? "car-t-axi-cel" : catalogue.scenarios[0];
  if (catalogue.drugs.indexOf("tocilizumab") >= 0) $("drug").value = "tocilizumab";

  // an uploaded scenario file joins the list; the server reads it as the command line reads a file
  $("upload").addEventListener("change", function () {
    var file = this.files[0];
    if (!file) return;
    if (file.size > MAX_UPLOAD) { showError(file.name + ": a scenario file of at most " + MAX_UPLOAD + " bytes"); return; }
    file.text().then(function (text) {
      var d = /^duration:\s*([0-9.]+)\s*(h|d)\b/m.exec(text);
      upload = { name: file.name, text: text, durationH: d ? Number(d[1]) * (d[2] === "d" ? 24 : 1) : 28 * 24 };
      var select = $("scenario");
      var old = select.querySelector("option[data-upload]");
      if (old) old.remove();
      var o = option(select, file.name, "uploaded: " + file.name);
      o.dataset.upload = "true";
      select.value = file.name;
      clearError();
      renderTimeline();
    });
  });
  function uploaded() { var o = $("scenario").selectedOptions[0]; return o && o.dataset.upload === "true"; }

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

  // doses: a list and a timeline, two views of one array
  function hours(h) { return String(Math.round(h * 100) / 100); }
  function doseText(d) { return d.drug + (d.amount ? ":" + d.amount : "") + "@" + hours(d.hour) + "h"; }
  function addDose(hour) {
    doses.push({ drug: $("drug").value, amount: $("dose").value.replace(/\s+/g, ""), hour: hour });
    renderDoses();
  }
  function renderDoses() {
    var ul = $("doses");
    ul.innerHTML = "";
    doses.forEach(function (d, i) {
      var li = document.createElement("li");
      li.textContent = doseText(d);
      var b = document.createElement("button");
      b.type = "button"; b.textContent = "remove";
      b.addEventListener("click", function () { doses.splice(i, 1); renderDoses(); });
      li.appendChild(b);
      ul.appendChild(li);
    });
    renderTimeline();
  }
  $("add-dose").addEventListener("click", function () { addDose(Number($("dose-time").value)); });

  /** The run's length in hours: the duration field, else the scenario's own. */
  function durationH() {
    if ($("duration").value) return Number($("duration").value);
    if (uploaded() && upload) return upload.durationH;
    return catalogue.durations[$("scenario").value] || 28 * 24;
  }

  // the timeline: the run's hours left to right, the care protocol over them, a triangle per dose
  var SVG = "http://www.w3.org/2000/svg";
  function el(name, attrs, parent) {
    var e = document.createElementNS(SVG, name);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(e);
    return e;
  }
  function renderTimeline() {
    var box = $("timeline");
    var width = Math.max(400, box.clientWidth || 900), left = 12, right = width - 12, end = durationH();
    function x(h) { return left + (right - left) * Math.min(Math.max(h, 0), end) / end; }
    function hourAt(px) { return Math.round(Math.min(Math.max((px - left) / (right - left), 0), 1) * end); }
    box.innerHTML = "";
    box.dataset.durationH = String(end);
    var svg = el("svg", { viewBox: "0 0 " + width + " 74", role: "img", "aria-label": "doses on the run's timeline" }, box);
    var band = el("g", { "class": "protocol" }, svg);
    el("rect", { x: left, y: 2, width: right - left, height: 14, fill: "#eef3fb" }, band);
    var protocol = $("protocol").value || "the scenario's own";
    el("text", { x: left + 4, y: 13 }, band).textContent = "care protocol: " + protocol
        + " (its rules act whenever their conditions hold)";
    var track = el("rect", { "class": "track", x: left, y: 22, width: right - left, height: 22, fill: "#f4f4f4" }, svg);
    // the axis and its ticks let clicks through to the track under them
    el("line", { x1: left, x2: right, y1: 33, y2: 33, stroke: "#999", "pointer-events": "none" }, svg);
    var step = end <= 48 ? 6 : end <= 24 * 14 ? 24 : 24 * 7;
    for (var h = 0; h <= end + 1e-9; h += step) {
      el("line", { x1: x(h), x2: x(h), y1: 29, y2: 37, stroke: "#999", "pointer-events": "none" }, svg);
      el("text", { x: x(h), y: 70, "text-anchor": "middle" }, svg).textContent = step >= 24 ? "day " + (h / 24) : h + " h";
    }
    track.addEventListener("click", function (ev) {
      var r = svg.getBoundingClientRect();
      addDose(hourAt((ev.clientX - r.left) * width / r.width));
    });
    doses.forEach(function (d, i) {
      var g = el("g", { "class": "dose", "data-index": i, "data-hour": d.hour }, svg);
      el("title", {}, g).textContent = doseText(d) + " (drag to move, double-click to remove)";
      // a clear handle over the triangle and its label, so that the whole mark can be grabbed
      var handle = el("rect", { x: x(d.hour) - 9, y: 20, width: 18, height: 40, fill: "transparent" }, g);
      var tri = el("path", { d: "M0,0 l-6,-10 h12 z", fill: "#c0392b", transform: "translate(" + x(d.hour) + ",33)" }, g);
      var label = el("text", { x: x(d.hour), y: 56, "text-anchor": "middle" }, g);
      label.textContent = d.drug;
      g.addEventListener("pointerdown", function (ev) {
        ev.preventDefault();
        g.setPointerCapture(ev.pointerId);
        var from = d.hour;
        function move(e) {
          var r = svg.getBoundingClientRect();
          d.hour = hourAt((e.clientX - r.left) * width / r.width);
          tri.setAttribute("transform", "translate(" + x(d.hour) + ",33)");
          handle.setAttribute("x", x(d.hour) - 9);
          label.setAttribute("x", x(d.hour));
        }
        function up() {
          g.removeEventListener("pointermove", move);
          g.removeEventListener("pointerup", up);
          // redrawn only when moved: a redraw between the clicks of a double-click would swallow it
          if (d.hour !== from) renderDoses();
        }
        g.addEventListener("pointermove", move);
        g.addEventListener("pointerup", up);
      });
      g.addEventListener("dblclick", function () { doses.splice(i, 1); renderDoses(); });
    });
  }
  ["scenario", "protocol", "duration"].forEach(function (id) { $(id).addEventListener("change", renderTimeline); });
  window.addEventListener("resize", renderTimeline);
  renderTimeline();

  function request() {
    var settings = {};
    body.querySelectorAll("input").forEach(function (input) {
      if (current(input) !== input.dataset.original) {
        settings[input.name] = input.type === "checkbox" ? (input.checked ? 1 : 0) : Number(input.value);
      }
    });
    var r = { scenario: $("scenario").value, protocol: $("protocol").value, settings: settings, doses: doses.map(doseText) };
    if (uploaded() && upload) r.upload = upload.text;
    if ($("duration").value) r.durationH = Number($("duration").value);
    return r;
  }

  // a figure of the report's kind in holder, drawn; returns its panels' charts
  function drawFigure(holder, id, data, caption) {
    var fig = document.createElement("figure");
    fig.className = "time-figure"; fig.id = id;
    var panels = document.createElement("div"); panels.className = "panels"; fig.appendChild(panels);
    var script = document.createElement("script");
    script.type = "application/json"; script.className = "cytostorm-chart"; script.textContent = JSON.stringify(data);
    fig.appendChild(script);
    var cap = document.createElement("figcaption"); cap.textContent = caption; fig.appendChild(cap);
    holder.appendChild(fig);
    return window.cytostormCharts.draw(fig);
  }

  function show(result) {
    $("command").textContent = result.command;
    $("console").textContent = result.console;
    lastConsole = result.console;
    $("pin").disabled = false;
    var holder = $("figures");
    if (live && live.plots) live.plots.forEach(function (p) { p.destroy(); });
    live = null;
    holder.querySelectorAll("figure").forEach(function (f) { f.remove(); });
    holder.querySelectorAll("p").forEach(function (p) { p.remove(); });
    result.figures.forEach(function (f) {
      if (!f.data) {
        var p = document.createElement("p"); p.textContent = f.caption; holder.appendChild(p); return;
      }
      drawFigure(holder, f.id, f.data, f.caption);
    });
  }

  // the live chart: drawn once with the first rows, then fed each batch as it arrives
  function Live(spec) {
    this.spec = spec;
    this.t = [];
    this.curves = [];
    this.plots = null;
    var self = this;
    spec.panels.forEach(function (p) { p.series.forEach(function () { self.curves.push([]); }); });
  }
  Live.prototype.add = function (batch) {
    var self = this, k = 0;
    Array.prototype.push.apply(this.t, batch.t);
    this.spec.panels.forEach(function (p) {
      p.series.forEach(function () {
        // a log axis cannot show zero or less: a gap, as in the report
        batch.values[k].forEach(function (v) { self.curves[k].push(p.log && !(v > 0) ? null : v); });
        k++;
      });
    });
    var holder = $("figures");
    holder.dataset.streamedRows = String(this.t.length);
    holder.dataset.batches = String(Number(holder.dataset.batches || 0) + 1);
    if (!this.plots) {
      k = 0;
      this.spec.t = this.t;
      this.spec.panels.forEach(function (p) { p.series.forEach(function (s) { s.y = self.curves[k++]; }); });
      this.plots = drawFigure(holder, "live", this.spec, "The run as it is computed: key outputs, hour by hour."
          + " The full report's charts replace these when it ends.");
      return;
    }
    k = 0;
    this.spec.panels.forEach(function (p, i) {
      var data = [self.t];
      p.series.forEach(function () { data.push(self.curves[k++]); });
      self.plots[i].setData(data);
    });
  };

  // one run, its rows read as the server sends them (newline-delimited JSON)
  function runStreamed(req) {
    return fetch("/api/run/stream", {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Cytostorm-Token": token },
      body: JSON.stringify(req)
    }).then(function (response) {
      if (!response.ok) {
        return response.json().then(function (j) { throw new Error(j.error || "the run failed"); });
      }
      var reader = response.body.getReader(), decoder = new TextDecoder(), buffer = "", result = null;
      function handle(line) {
        var m = JSON.parse(line);
        if (m.type === "start") {
          $("command").textContent = m.command;
          live = new Live(m.live);
        } else if (m.type === "rows") {
          live.add(m);
        } else if (m.type === "result") {
          result = m;
        } else if (m.type === "error") {
          throw new Error(m.error);
        }
      }
      function pump() {
        return reader.read().then(function (chunk) {
          if (chunk.done) {
            if (buffer.trim()) handle(buffer);
            if (!result) throw new Error("the run ended without a result");
            return result;
          }
          buffer += decoder.decode(chunk.value, { stream: true });
          var lines = buffer.split("\n");
          buffer = lines.pop();
          lines.forEach(function (l) { if (l.trim()) handle(l); });
          return pump();
        });
      }
      return pump();
    });
  }

  $("run").addEventListener("click", function () {
    $("status").textContent = "running...";
    clearError();
    $("run").disabled = true;
    var holder = $("figures");
    holder.innerHTML = "";
    holder.dataset.streamedRows = "0";
    holder.dataset.batches = "0";
    var req = request();
    runStreamed(req).then(function (result) {
      show(result);
      lastRequest = req;
      $("compare").disabled = kept == null;
      $("status").textContent = "done";
    }).catch(function (e) {
      showError(e.message);
      $("status").textContent = "";
    }).finally(function () { $("run").disabled = false; });
  });

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

  // keep a run, then compare it with the one set up now: both overlaid, as the compare command shows them
  $("pin").addEventListener("click", function () {
    if (lastConsole == null) return;
    kept = lastRequest;
    $("pinned").textContent = lastConsole;
    $("pinned").hidden = false;
    $("pinned-title").hidden = false;
    $("compare").disabled = false;
  });
  $("compare").addEventListener("click", function () {
    if (kept == null) return;
    clearError();
    $("compare").disabled = true;
    $("status").textContent = "comparing...";
    post("/api/compare", { a: kept, b: request() }).then(function (c) {
      $("comparison").hidden = false;
      $("comparison-title").textContent = c.title;
      $("comparison-command").textContent = c.command;
      $("comparison-console").textContent = c.console;
      var holder = $("comparison-figure");
      holder.innerHTML = "";
      drawFigure(holder, "compared-columns", c.chart.data, c.chart.caption);
      $("status").textContent = "compared";
      $("comparison").scrollIntoView();
    }).catch(function (e) {
      showError(e.message);
      $("status").textContent = "";
    }).finally(function () { $("compare").disabled = false; });
  });

  // a background job (trial, tissue run): its status polled until it has finished, its progress
  // shown; done(status) when it finished well, its error shown otherwise; its button freed either way
  function follow(url, button, progressId, statusId, progressOf, done) {
    var progress = $(progressId);
    progress.hidden = false;
    (function poll() {
      fetch(url).then(function (r) { return r.json(); }).then(function (s) {
        var p = progressOf(s);
        progress.max = Math.max(1, p.max);
        progress.value = p.value;
        $(statusId).textContent = p.text;
        if (!s.finished) { setTimeout(poll, 400); return; }
        $(button).disabled = false;
        if (s.error) throw new Error(s.error);
        done(s);
      }).catch(function (e) { showError(e.message); $(button).disabled = false; });
    })();
  }

  // trials: start one, follow its progress, then show its report
  catalogue.trials.forEach(function (t) { option($("trial"), t); });
  $("run-trial").addEventListener("click", function () {
    var trial = $("trial").value, n = Number($("trial-patients").value), seed = Number($("trial-seed").value);
    clearError();
    $("trial-done").hidden = true;
    $("trial-report").hidden = true;
    $("run-trial").disabled = true;
    $("trial-command").hidden = false;
    $("trial-command").firstChild.textContent = "./cytostorm trial " + trial + " --patients " + n + " --seed " + seed;
    post("/api/trial", { trial: trial, patients: n, seed: seed }).then(function (started) {
      follow("/api/trial/" + started.id, "run-trial", "trial-progress", "trial-status", function (s) {
        return { value: s.done, max: s.total, text: s.done + " of " + s.total + " patients" };
      }, function (s) {
        $("trial-status").textContent = "done: " + s.total + " patients";
        $("trial-link").href = s.report;
        $("trial-done").hidden = false;
        $("trial-report").src = s.report;
        $("trial-report").hidden = false;
      });
    }).catch(function (e) { showError(e.message); $("run-trial").disabled = false; });
  });

  // tissue: start a small run, follow it, then play its animation
  catalogue.tissues.forEach(function (t) { option($("tissue"), t); });
  $("run-tissue").addEventListener("click", function () {
    clearError();
    $("tissue-result").hidden = true;
    $("run-tissue").disabled = true;
    post("/api/tissue", { config: $("tissue").value, side: Number($("tissue-side").value),
        hours: Number($("tissue-hours").value) }).then(function (started) {
      $("tissue-command").hidden = false;
      $("tissue-command").firstChild.textContent = started.command;
      follow("/api/tissue/" + started.id, "run-tissue", "tissue-progress", "tissue-status", function (s) {
        return { value: s.step, max: s.steps, text: "step " + s.step + " of " + s.steps };
      }, function (s) {
        $("tissue-status").textContent = "done";
        $("tissue-animation").src = s.animation;
        $("tissue-link").href = s.report;
        $("tissue-result").hidden = false;
      });
    }).catch(function (e) { showError(e.message); $("run-tissue").disabled = false; });
  });
})();
