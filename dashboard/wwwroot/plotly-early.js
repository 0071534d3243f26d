// Draws a page's charts before its interactive circuit exists, on a page whose prerendered HTML has a chart.
//
// Plotly: it imports Plotly.Blazor's own interop module (a module is one instance per URL, so the charts' import later
// gets this one) and has it load the basic bundle under the id and path the charts ask for: their importScript then
// finds the bundle loading or loaded. The paths are the head's preload link's (PlotlyScript), written as Plotly.Blazor
// writes them.
//
// The figures: each chart's prerendered HTML carries its figure as JSON (PlotlyFigure, never run), which is drawn into
// the chart's element as soon as Plotly is loaded. When the circuit starts, Blazor replaces the prerendered HTML with
// its own render, in one task: the charts' new, empty elements (same ids) are drawn again with the same figures before
// the browser paints, so the chart never disappears, and Plotly.Blazor's own newPlot then redraws each in place. A
// figure is used for the prerendered element and the first element the circuit puts in its place, never after, so a
// later render (a filter chosen) only ever shows what the circuit draws.
const preload = document.getElementById('plotly-preload');
const islands = [...document.querySelectorAll('script.chart-figure')];
const figures = new Map(islands.map(island => [island.dataset.chartId, JSON.parse(island.textContent)]));

function drawWaiting() {
    for (const [id, figure] of figures) {
        const element = document.getElementById(id);
        if (element && !element.classList.contains('js-plotly-plot')) {
            if (figure.drawn)
                window.Plotly.purge(figure.drawn);
            window.Plotly.newPlot(element, figure.data, figure.layout, figure.config);
            figure.drawn = element;
        }
    }
}

function drawUntilTheCircuitTakesOver() {
    if (!islands.some(island => island.isConnected))
        return;
    drawWaiting();
    const circuit = new MutationObserver(() => {
        if (islands.some(island => island.isConnected))
            return;
        circuit.disconnect();
        drawWaiting();
    });
    circuit.observe(document.body, { childList: true, subtree: true });
}

if (preload && document.querySelector('figure.chart-frame')) {
    import('./' + preload.dataset.interop)
        .then(interop => interop.importScript('plotly-import', './' + preload.getAttribute('href')))
        .then(() => figures.size > 0 && drawUntilTheCircuitTakesOver());
}
