// The billing month's totals by code as a bar chart; the table beside it carries the same numbers.
document.addEventListener("DOMContentLoaded", function () {
  var canvas = document.getElementById("totals-chart");
  if (!canvas || typeof Chart === "undefined") {
    return;
  }
  var labels = canvas.dataset.labels ? canvas.dataset.labels.split(",") : [];
  var values = canvas.dataset.values ? canvas.dataset.values.split(",").map(Number) : [];
  new Chart(canvas, {
    type: "bar",
    data: { labels: labels, datasets: [{ data: values, backgroundColor: "#0b6e69" }] },
    options: {
      animation: false,
      maintainAspectRatio: false,
      plugins: { legend: { display: false } },
      scales: { y: { beginAtZero: true, ticks: { precision: 0 } } }
    }
  });
});
