// The patient chart: keeps the sticky header below the application header, draws the vitals and labs charts
// (Chart.js) in whatever the server or an htmx tab switch put on the page, and lets arrow keys move between tabs.
(function () {
  "use strict";

  var SERIES_COLOURS = ["#0b6e69", "#c2410c", "#6d28d9"];
  var TARGET_COLOUR = "#b42318";
  var ALERT_COLOUR = "#b45309";

  function keepHeaderBelowAppHeader() {
    var appHeader = document.querySelector(".app-header");
    if (appHeader) {
      document.documentElement.style.setProperty("--app-header-height", appHeader.offsetHeight + "px");
    }
  }

  function drawTrend(canvas) {
    if (Chart.getChart(canvas)) {
      return;
    }
    var trend = JSON.parse(canvas.getAttribute("data-trend"));
    var datasets = trend.series.map(function (series, i) {
      return {
        label: series.label, data: series.data, borderColor: SERIES_COLOURS[i % SERIES_COLOURS.length],
        backgroundColor: SERIES_COLOURS[i % SERIES_COLOURS.length], tension: 0.2, spanGaps: true,
        pointRadius: 2, borderWidth: 2
      };
    });
    trend.targets.forEach(function (target) {
      datasets.push({
        label: target.label, data: trend.labels.map(function () { return target.value; }),
        borderColor: TARGET_COLOUR, backgroundColor: TARGET_COLOUR, borderDash: [6, 4], borderWidth: 1.5,
        pointRadius: 0, pointHitRadius: 0, fill: false
      });
    });
    (trend.alertLines || []).forEach(function (line) {
      datasets.push({
        label: line.label, data: trend.labels.map(function () { return line.value; }),
        borderColor: ALERT_COLOUR, backgroundColor: ALERT_COLOUR, borderDash: [2, 3], borderWidth: 1.5,
        pointRadius: 0, pointHitRadius: 0, fill: false
      });
    });
    if (trend.alerts && trend.alerts.length) {
      // the readings that raised an alert, as triangles on the first line
      var marks = trend.labels.map(function () { return null; });
      trend.alerts.forEach(function (alert) { marks[alert.index] = alert.value; });
      datasets.push({
        label: canvas.getAttribute("data-alert-label") || "Raised an alert", data: marks, showLine: false,
        pointStyle: "triangle", pointRadius: 7, borderColor: ALERT_COLOUR, backgroundColor: ALERT_COLOUR
      });
    }
    new Chart(canvas, {
      type: "line",
      data: { labels: trend.labels, datasets: datasets },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        interaction: { mode: "index", intersect: false },
        plugins: { legend: { position: "bottom", labels: { boxWidth: 12, font: { size: 11 } } } },
        scales: {
          // as many dates as fit side by side without touching: about one per 90 px, never more than six
          x: { ticks: { maxTicksLimit: Math.max(2, Math.min(6, Math.floor(canvas.clientWidth / 90))), maxRotation: 0,
                        autoSkip: true, autoSkipPadding: 16 } },
          y: { title: { display: true, text: trend.unit } }
        }
      }
    });
    canvas.setAttribute("data-drawn", "true");
  }

  function drawTrends(root) {
    if (typeof Chart === "undefined") {
      return;
    }
    root.querySelectorAll("canvas.trend-chart").forEach(drawTrend);
  }

  // The "Key in a reading" form: a blood pressure takes systolic and diastolic, the other kinds one value, each in
  // its own units. Fields that do not apply are hidden and not sent; without JavaScript all are shown.
  function fitReadingForm(root) {
    var kind = root.querySelector("#reading-kind");
    if (!kind) {
      return;
    }
    var pressure = kind.value === "BLOOD_PRESSURE";
    root.querySelectorAll("#reading-entry .reading-bp").forEach(function (field) { show(field, pressure); });
    root.querySelectorAll("#reading-entry .reading-value").forEach(function (field) { show(field, !pressure); });
    var unit = root.querySelector("#reading-unit");
    var fits = false;
    Array.prototype.forEach.call(unit.options, function (option) {
      var ofKind = option.getAttribute("data-kind") === kind.value;
      option.hidden = !ofKind;
      option.disabled = !ofKind;
      fits = fits || (ofKind && option.selected);
    });
    if (!fits) {
      var first = unit.querySelector("option[data-kind='" + kind.value + "']");
      if (first) {
        first.selected = true;
      }
    }
  }

  function show(field, shown) {
    field.hidden = !shown;
    field.querySelectorAll("input").forEach(function (input) { input.disabled = !shown; });
  }

  function moveBetweenTabs(event) {
    var tab = event.target.closest("[role=tab]");
    if (!tab || (event.key !== "ArrowRight" && event.key !== "ArrowLeft" && event.key !== "Home" && event.key !== "End")) {
      return;
    }
    var tabs = Array.prototype.slice.call(tab.parentElement.querySelectorAll("[role=tab]"));
    var at = tabs.indexOf(tab);
    var next = event.key === "Home" ? 0 : event.key === "End" ? tabs.length - 1
      : (at + (event.key === "ArrowRight" ? 1 : -1) + tabs.length) % tabs.length;
    tabs[next].focus();
    event.preventDefault();
  }

  document.addEventListener("DOMContentLoaded", function () {
    keepHeaderBelowAppHeader();
    drawTrends(document);
    fitReadingForm(document);
  });
  document.addEventListener("change", function (event) {
    if (event.target.id === "reading-kind") {
      fitReadingForm(document);
    }
  });
  window.addEventListener("resize", keepHeaderBelowAppHeader);
  document.addEventListener("htmx:afterSettle", function () {
    drawTrends(document);
    fitReadingForm(document);
  });
  // Back and forward restore htmx's snapshot of the page, whose canvases no longer have a chart behind them.
  document.addEventListener("htmx:historyRestore", function () {
    keepHeaderBelowAppHeader();
    drawTrends(document);
  });
  document.addEventListener("keydown", moveBetweenTabs);
})();
