// cytostorm's renderer of forest plots (ForestChart.java writes the data). Each
// <figure class="forest-figure"> holds a JSON block: the ratio axis (label, ticks, the line of no
// effect) and one panel of rows; uPlot draws it turned a quarter, its x scale (the rows) running
// down the page and its y scale (the ratio, log) across, so that the rows' labels and numbers are
// axis values and hovering a row shows it in the legend. The panel's element records what it shows
// (data-y-label, data-scale, data-peaks) as time-panels.js does, for readers and the report tests.
(function () {
  "use strict";
  var FONT = "12px system-ui, sans-serif";
  var ROW_PX = 28;
  // the least height of the rows' area, so that the rotated axis label fits beside a few rows
  var MIN_ROWS_PX = 150;
  var STRIPE = "#f6f6f6";

  function textWidth(text) {
    var ctx = document.createElement("canvas").getContext("2d");
    ctx.font = FONT;
    return ctx.measureText(text).width;
  }

  // a label that would take more than px is cut with an ellipsis (the tables give names whole)
  function fit(text, px) {
    if (textWidth(text) <= px) return text;
    var cut = text;
    while (cut.length > 2 && textWidth(cut + "…") > px) cut = cut.slice(0, -1);
    return cut + "…";
  }

  function tick(v) {
    return Number(v.toPrecision(2)).toString();
  }

  // stripes under alternate rows, the line of no effect, then each interval (an arrowhead where it
  // runs off the axis) and its estimate as a square, in its series' colour
  function marks(spec, p) {
    var min = spec.ticks[0], max = spec.ticks[spec.ticks.length - 1];
    var clamp = function (v) { return Math.min(Math.max(v, min), max); };
    return {
      hooks: {
        drawClear: function (u) {
          var ctx = u.ctx, half = u.bbox.height / p.rows.length / 2;
          ctx.save();
          ctx.fillStyle = STRIPE;
          for (var i = 0; i < p.rows.length; i += 2) {
            var y = u.valToPos(i, "x", true);
            ctx.fillRect(u.bbox.left, y - half, u.bbox.width, 2 * half);
          }
          ctx.restore();
        },
        draw: function (u) {
          var ctx = u.ctx, px = window.devicePixelRatio || 1;
          ctx.save();
          var one = Math.round(u.valToPos(spec.reference, "y", true));
          ctx.strokeStyle = "#888";
          ctx.lineWidth = px;
          ctx.setLineDash([4 * px, 3 * px]);
          ctx.beginPath();
          ctx.moveTo(one, u.bbox.top);
          ctx.lineTo(one, u.bbox.top + u.bbox.height);
          ctx.stroke();
          ctx.setLineDash([]);
          p.series.forEach(function (s, k) {
            if (!u.series[k + 1].show) return;
            ctx.strokeStyle = s.colour;
            ctx.fillStyle = s.colour;
            ctx.lineWidth = 2 * px;
            s.estimate.forEach(function (e, i) {
              if (e == null) return;
              var y = u.valToPos(i, "x", true);
              var a = u.valToPos(clamp(s.lo[i]), "y", true), b = u.valToPos(clamp(s.hi[i]), "y", true);
              ctx.beginPath();
              ctx.moveTo(a, y);
              ctx.lineTo(b, y);
              ctx.stroke();
              if (s.lo[i] < min) arrow(ctx, a, y, -1, px);
              if (s.hi[i] > max) arrow(ctx, b, y, 1, px);
              var m = u.valToPos(clamp(e), "y", true), r = 4.5 * px;
              ctx.fillRect(m - r, y - r, 2 * r, 2 * r);
            });
          });
          ctx.restore();
        }
      }
    };
  }

  // an arrowhead with its tip at the axis' end x, pointing off it (dir -1 left, 1 right), inside the
  // plot so that it cannot run into the rows' labels or numbers
  function arrow(ctx, x, y, dir, px) {
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(x - dir * 7 * px, y - 4 * px);
    ctx.lineTo(x - dir * 7 * px, y + 4 * px);
    ctx.closePath();
    ctx.fill();
  }

  function drawFigure(figure) {
    var spec = JSON.parse(figure.querySelector("script.cytostorm-chart").textContent);
    var holder = figure.querySelector(".panels");
    var width = Math.max(480, Math.min(holder.clientWidth || 900, 1100));
    spec.panels.forEach(function (p) {
      var box = window.cytostormCharts.panelBox(holder, p, "log");

      var labelPx = Math.min(0.4 * width, Math.max.apply(null, p.rows.map(function (r) { return textWidth(r.label); })));
      var labels = p.rows.map(function (r) { return fit(r.label, labelPx); });
      var valuePx = Math.max.apply(null, p.rows.map(function (r) { return textWidth(r.value); }));
      var rows = p.rows.map(function (r, i) { return i; });
      var everyRow = function () { return rows; };
      // a label on every row however few: uPlot drops an axis whose rows are closer than its default space
      var rowAxis = { scale: "x", font: FONT, splits: everyRow, incrs: [1], space: 1, grid: { show: false },
        ticks: { show: false } };
      var series = [{ label: p.yLabel, value: function (u, i) { return i == null ? "-" : p.rows[i].label; } }];
      var data = [rows];
      p.series.forEach(function (s) {
        series.push({ label: s.name, stroke: s.colour, fill: s.colour, paths: function () { return null; },
          points: { show: false },
          value: function (u, v, si, i) { return i == null || s.estimate[i] == null ? "-" : p.rows[i].value; } });
        data.push(s.estimate);
      });
      var opts = {
        width: width,
        height: Math.max(ROW_PX * p.rows.length, MIN_ROWS_PX) + 60,
        series: series,
        scales: {
          x: { time: false, ori: 1, dir: -1, range: [-0.5, p.rows.length - 0.5] },
          y: { ori: 0, distr: 3, log: 10, range: [spec.ticks[0], spec.ticks[spec.ticks.length - 1]] }
        },
        axes: [
          Object.assign({}, rowAxis, { side: 3, label: p.yLabel, labelSize: 20, size: labelPx + 14,
            values: function (u, vals) { return vals.map(function (i) { return labels[i]; }); } }),
          { scale: "y", side: 2, label: spec.xLabel, labelSize: 20, font: FONT,
            splits: function () { return spec.ticks; }, filter: function (u, splits) { return splits; },
            values: function (u, vals) { return vals.map(tick); } },
          Object.assign({}, rowAxis, { side: 1, size: valuePx + 14,
            values: function (u, vals) { return vals.map(function (i) { return p.rows[i].value; }); } })
        ],
        cursor: { drag: { x: false, y: false, setScale: false }, points: { show: false }, y: false },
        legend: { live: true },
        plugins: [marks(spec, p)]
      };
      new uPlot(opts, data, box);
      box.dataset.rendered = "true";
    });
  }

  // time-panels.js comes first in the page (InteractiveCharts.library): it draws these too, guarded
  window.cytostormCharts.drawEach("figure.forest-figure", drawFigure);
})();
