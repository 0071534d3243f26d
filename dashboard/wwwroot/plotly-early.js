// Starts Plotly beside the interactive circuit instead of after it, on a page whose prerendered HTML has a chart.
// It imports Plotly.Blazor's own interop module (a module is one instance per URL, so the charts' import later gets
// this one) and has it load the basic bundle under the id and path the charts ask for: their importScript then finds
// the bundle loading or loaded, and draws as soon as it is ready. The paths are the head's preload link's
// (PlotlyScript), written as Plotly.Blazor writes them.
const preload = document.getElementById('plotly-preload');
if (preload && document.querySelector('figure.chart-frame')) {
    import('./' + preload.dataset.interop)
        .then(interop => interop.importScript('plotly-import', './' + preload.getAttribute('href')));
}
