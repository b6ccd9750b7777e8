// Progressive enhancement: pages are complete without this script; it only draws the charts whose
// data the server embedded (data-option holds an ECharts option as JSON) and makes tables sortable.
(function () {
  // Every chart can be saved as a picture (SVG for the drawn charts, PNG for the map), named after the page.
  function saveAsImage() {
    var zh = document.documentElement.lang.indexOf('zh') === 0;
    var name = 'comity-' + location.pathname.replace(/^\/(en|zh)\//, '/').replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-|-$/g, '');
    return { right: 8, feature: { saveAsImage: { title: zh ? '保存为图片' : 'Save as image', name: name, pixelRatio: 2 } } };
  }
  window.comitySaveAsImage = saveAsImage;
  function charts() {
    if (!window.echarts) return;
    document.querySelectorAll('div.chart[data-option]').forEach(function (el) {
      var chart = echarts.init(el, null, { renderer: 'svg' });
      var option = JSON.parse(el.getAttribute('data-option'));
      option.toolbox = saveAsImage();
      chart.setOption(option);
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }
  function sortable() {
    document.querySelectorAll('table.sortable th').forEach(function (th, index) {
      th.tabIndex = 0;
      th.setAttribute('role', 'button');
      function sort() {
        var table = th.closest('table'), body = table.tBodies[0];
        var asc = th.getAttribute('aria-sort') !== 'ascending';
        table.querySelectorAll('th').forEach(function (o) { o.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[index].getAttribute('data-sort') || a.cells[index].textContent.trim();
          var y = b.cells[index].getAttribute('data-sort') || b.cells[index].textContent.trim();
          var nx = parseFloat(x), ny = parseFloat(y);
          var c = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
          return asc ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      }
      th.addEventListener('click', sort);
      th.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sort(); } });
    });
  }
  document.addEventListener('DOMContentLoaded', function () { charts(); sortable(); });
})();
