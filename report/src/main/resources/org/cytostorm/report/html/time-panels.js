// cytostorm's renderer of interactive time charts (InteractiveCharts.java writes the data).
// Each <figure class="time-figure"> holds a JSON block: shared times, markers and panels; each
// panel becomes a uPlot chart. All panels of a figure share one cursor and one zoom, and their y
// axes have one width, so their time axes line up. After drawing, each panel's element records
// what it shows (data-y-label, data-scale, data-peaks) for readers and for the report tests.
(function () {
  "use strict";
  var AXIS_WIDTH = 80;

  function fmt(v) {
    if (v == null) return "-";
    var a = Math.abs(v);
    if (a !== 0 && (a >= 1e6 || a < 1e-4)) return Number(v.toPrecision(3)).toExponential().replace("e+", "e");
    return Number(v.toPrecision(4)).toString();
  }

  function markerPlugin(markers) {
    return {
      hooks: {
        draw: function (u) {
          var ctx = u.ctx;
          ctx.save();
          ctx.strokeStyle = "rgba(90,90,90,0.55)";
          ctx.setLineDash([4, 4]);
          ctx.lineWidth = 1;
          markers.forEach(function (m) {
            var x = Math.round(u.valToPos(m.t, "x", true));
            if (x < u.bbox.left || x > u.bbox.left + u.bbox.width) return;
            ctx.beginPath();
            ctx.moveTo(x, u.bbox.top);
            ctx.lineTo(x, u.bbox.top + u.bbox.height);
            ctx.stroke();
          });
          ctx.restore();
        }
      }
    };
  }

  // a panel's element in holder, with its title, recording what it shows (data-y-label,
  // data-scale, data-peaks, data-series; data-y-ticks once drawn) for readers and for the report tests
  function panelBox(holder, p, scale) {
    var box = document.createElement("div");
    box.className = "panel";
    box.dataset.yLabel = p.yLabel;
    box.dataset.scale = scale;
    box.dataset.peaks = JSON.stringify(p.series.map(function (s) { return s.peak; }));
    box.dataset.series = JSON.stringify(p.series.map(function (s) { return s.name; }));
    var title = document.createElement("h4");
    title.textContent = p.title;
    box.appendChild(title);
    holder.appendChild(box);
    return box;
  }

  // the y axis's labels, also recorded on the panel (data-y-ticks) for readers and the tests; an
  // axis leaves the values it does not label null (a log axis most of its splits): no text, not the
  // "-" a missing value shows in the legend
  function axisValues(box) {
    return function (u, vals) {
      var labels = vals.map(function (v) { return v == null ? null : fmt(v); });
      box.dataset.yTicks = labels.filter(function (l) { return l != null; }).join(" ");
      return labels;
    };
  }

  // A log axis spans whole decades and is split at decades only (10^k, read from its text so that
  // 1e-14 is the double nearest 10^-14), labelled at every one if they are far enough apart, else
  // every second or third counted down from the top, with its grid lines and ticks at the labels.
  // uPlot's own log range and splits round values below about 1e-13 to 0: a flux from 4e-15 to
  // 1.9e-9 ng/min never ended the split loop and left its panel blank. Its label choice also
  // counted the 2..9-times splits and could lose every label; and a grid line at every split made
  // a grey band of five decades in a 200 px panel.
  var MIN_LABEL_PX = 30;

  // the decades around the data; uPlot's own log range rounds a minimum below about 1e-13 to 0
  function decadeRange(u, min, max) {
    if (!(max > 0)) return [0.1, 10];
    var top = Math.ceil(Math.log10(max) - 1e-9);
    var bottom = min > 0 ? Math.floor(Math.log10(min) + 1e-9) : top - 6;
    return [Number("1e" + bottom), Number("1e" + Math.max(top, bottom + 1))];
  }

  function decadeSplits(u, i, min, max) {
    var out = [];
    if (!(min > 0 && max >= min && isFinite(max))) return out; // no decades to split (an empty window)
    for (var k = Math.ceil(Math.log10(min) - 1e-9); k <= Math.floor(Math.log10(max) + 1e-9); k++) {
      out.push(Number("1e" + k));
    }
    return out;
  }

  function labelledDecades(u, splits, i) {
    var key = u.axes[i].scale;
    var perDecade = Math.abs(u.valToPos(1, key) - u.valToPos(10, key));
    var step = Math.max(1, Math.ceil(MIN_LABEL_PX / perDecade));
    var out = splits.map(function () { return null; });
    for (var k = splits.length - 1, seen = 0; k >= 0; k--, seen++) {
      if (seen % step === 0) out[k] = splits[k];
    }
    return out;
  }

  function logAxis(axis, log) {
    if (!log) return axis;
    axis.splits = decadeSplits;
    axis.filter = labelledDecades;
    axis.grid = { filter: labelledDecades };
    axis.ticks = { filter: labelledDecades };
    return axis;
  }

  function drawFigure(figure) {
    var block = figure.querySelector("script.cytostorm-chart");
    var spec = JSON.parse(block.textContent);
    var holder = figure.querySelector(".panels");
    var width = Math.max(320, Math.min(holder.clientWidth || 900, 1100));
    var syncKey = "cytostorm-" + (figure.id || Math.random());
    var plots = [];
    spec.panels.forEach(function (p) {
      var box = panelBox(holder, p, p.log ? "log" : "linear");
      var series = [{ label: spec.xLabel, value: function (u, v) { return v == null ? "-" : fmt(v); } }];
      var data = [spec.t];
      p.series.forEach(function (s) {
        series.push({ label: s.name, stroke: s.colour, width: s.stepped ? 2 : 1.5, spanGaps: false,
          dash: s.dashed ? [7, 4] : undefined,
          // a step function holds each value until the next point (align 1): a survival curve drops at its events
          paths: s.stepped ? uPlot.paths.stepped({ align: 1 }) : undefined, points: s.stepped ? { show: false } : undefined,
          value: function (u, v) { return fmt(v); } });
        data.push(s.y);
      });
      var opts = {
        width: width,
        height: 200,
        series: series,
        scales: { x: { time: false }, y: p.log ? { distr: 3, log: 10, range: decadeRange } : p.range ? { range: p.range } : { auto: true } },
        axes: [
          { label: spec.xLabel, labelSize: 20 },
          logAxis({ label: p.yLabel, labelSize: 20, size: AXIS_WIDTH, values: axisValues(box) },
            p.log)
        ],
        cursor: { sync: { key: syncKey, setSeries: false }, drag: { x: true, y: false } },
        legend: { live: true },
        plugins: p.marked && spec.markers.length ? [markerPlugin(spec.markers)] : [],
        hooks: {
          setSelect: [function (u) {
            if (u.select.width <= 0) return;
            var min = u.posToVal(u.select.left, "x"), max = u.posToVal(u.select.left + u.select.width, "x");
            plots.forEach(function (o) { o.setScale("x", { min: min, max: max }); });
            u.setSelect({ left: 0, width: 0, top: 0, height: 0 }, false);
          }]
        }
      };
      var plot = new uPlot(opts, data, box);
      plots.push(plot);
      box.addEventListener("dblclick", function () {
        plots.forEach(function (o) { o.setScale("x", { min: spec.t[0], max: spec.t[spec.t.length - 1] }); });
      });
      box.dataset.rendered = "true";
    });
    return plots;
  }

  // draws every figure the selector finds with draw, once the page is read; a figure that fails
  // says so in the page instead of stopping the others
  function drawEach(selector, draw) {
    function all() {
      document.querySelectorAll(selector).forEach(function (f) {
        try {
          draw(f);
        } catch (e) {
          var p = document.createElement("p");
          p.className = "warning";
          p.textContent = "This chart could not be drawn: " + e;
          f.appendChild(p);
        }
      });
    }
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", all);
    } else {
      all();
    }
  }

  // pages that add figures later (the dashboard after a run) draw them with draw; it returns the
  // panels' uPlot charts, one per panel in order, so that a page can feed them rows as they come.
  // Other renderers of the page (the forest plot) draw their figures with drawEach, in panelBox.
  window.cytostormCharts = { draw: drawFigure, drawEach: drawEach, panelBox: panelBox };
  drawEach("figure.time-figure", drawFigure);
})();
