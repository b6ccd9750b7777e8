// Members map (progressive enhancement): an element <div class="members-map" data-org="who" data-on="2026-12-01"
// data-words='{"title":..,"member":..,"leaving":..,"none":..,"year":..,"empty":..}'> becomes a world map of the
// body's members on a day, with a year slider. The members come from /api/members (the same answer as the
// CLI), the years a record covers from /api/count (a year no record covers is null there), the shapes from
// /geo/world.json (Natural Earth via world-atlas; see /geo/README.md).
(function () {
  var geometry = null;
  function loadGeometry() {
    if (!geometry) {
      geometry = fetch('/geo/world.json').then(function (r) { return r.json(); }).then(function (world) {
        echarts.registerMap('comity-world', world);
        return world;
      });
    }
    return geometry;
  }
  function json(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (r) {
      if (!r.ok) throw new Error(url + ': ' + r.status);
      return r.json();
    });
  }
  // 2 = a member not leaving, 1 = a member whose exit is announced or running.
  function level(m) { return m.status === 'member' ? 2 : 1; }

  function init(el) {
    var org = el.getAttribute('data-org'), on = el.getAttribute('data-on');
    var words = JSON.parse(el.getAttribute('data-words') || '{}');
    var lastYear = parseInt(on.slice(0, 4), 10);
    var chartBox = document.createElement('div');
    chartBox.className = 'members-map-chart';
    chartBox.setAttribute('role', 'img');
    var controls = document.createElement('p');
    controls.className = 'members-map-controls';
    var label = document.createElement('label');
    var slider = document.createElement('input');
    slider.type = 'range';
    slider.step = '1';
    var shown = document.createElement('output');
    var status = document.createElement('span');
    status.className = 'members-map-status';
    status.setAttribute('aria-live', 'polite');
    label.appendChild(document.createTextNode((words.year || 'Year') + ' '));
    label.appendChild(slider);
    controls.appendChild(label);
    controls.appendChild(shown);
    controls.appendChild(status);
    el.appendChild(chartBox);
    el.appendChild(controls);
    var chart = echarts.init(chartBox, null, { renderer: 'canvas' });
    window.addEventListener('resize', function () { chart.resize(); });

    Promise.all([loadGeometry(), json('/api/count?org=' + encodeURIComponent(org) + '&from=1816&to=' + lastYear)])
      .then(function (results) {
        var world = results[0], years = results[1].filter(function (y) { return y.members !== null; });
        if (!years.length) { status.textContent = words.empty || ''; return; }
        slider.min = String(years[0].year);
        slider.max = String(lastYear);
        slider.value = String(lastYear);
        var names = {};
        world.features.forEach(function (f) { names[f.properties.name] = f.properties.name_en; });
        world.points.forEach(function (p) { names[p.name] = p.name_en; });
        function draw(year) {
          shown.textContent = String(year);
          var day = year === lastYear ? on : year + '-12-31';
          json('/api/members?org=' + encodeURIComponent(org) + '&on=' + day).then(function (members) {
            var byCode = {};
            members.forEach(function (m) { byCode[m.state] = m; });
            var zh = document.documentElement.lang.indexOf('zh') === 0;
            function name(code) { var m = byCode[code]; return m ? (zh ? m.name_zh : m.name_en) : (names[code] || code); }
            status.textContent = members.length ? (members.length + ' ' + (words.counted || '')) : (words.empty || '');
            chart.setOption({
              aria: { enabled: true },
              toolbox: window.comitySaveAsImage ? window.comitySaveAsImage() : undefined,
              title: { text: (words.title || '') + ' ' + day, left: 'center', textStyle: { fontSize: 13 } },
              tooltip: {
                trigger: 'item',
                formatter: function (p) {
                  var code = p.name, m = byCode[code];
                  return name(code) + ': ' + (m ? (level(m) === 2 ? words.member : words.leaving) : words.none);
                }
              },
              // The shapes carry the level as their value; the dots as their third coordinate.
              visualMap: [
                { type: 'piecewise', left: 'left', bottom: 0, seriesIndex: 0,
                  pieces: [{ value: 2, label: words.member, color: '#2f6db3' }, { value: 1, label: words.leaving, color: '#d9822b' }],
                  outOfRange: { color: '#c9cdd2' } },
                { type: 'piecewise', show: false, seriesIndex: 1, dimension: 2,
                  pieces: [{ value: 2, color: '#2f6db3' }, { value: 1, color: '#d9822b' }, { value: 0, color: '#9aa0a6' }] }
              ],
              geo: { map: 'comity-world', roam: true, itemStyle: { areaColor: '#c9cdd2', borderColor: '#ffffff', borderWidth: 0.5 },
                     emphasis: { label: { show: false } } },
              series: [
                { type: 'map', geoIndex: 0, data: members.map(function (m) { return { name: m.state, value: level(m) }; }) },
                { type: 'scatter', coordinateSystem: 'geo', symbolSize: 5,
                  data: world.points.map(function (p) {
                    var m = byCode[p.name];
                    return { name: p.name, value: [p.value[0], p.value[1], m ? level(m) : 0] };
                  }) }
              ]
            }, true);
            chartBox.setAttribute('aria-label', (words.title || '') + ' ' + day + ': ' + members.length);
          }).catch(function (e) { status.textContent = String(e.message); });
        }
        slider.addEventListener('change', function () { draw(parseInt(slider.value, 10)); });
        slider.addEventListener('input', function () { shown.textContent = slider.value; });
        draw(lastYear);
      })
      .catch(function (e) { status.textContent = String(e.message); });
  }
  document.addEventListener('DOMContentLoaded', function () {
    if (!window.echarts || !window.fetch) return;
    document.querySelectorAll('div.members-map[data-org]').forEach(init);
  });
})();
