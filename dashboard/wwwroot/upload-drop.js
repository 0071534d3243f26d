// Files dropped anywhere on an upload drop zone go to its file input, as if chosen with it, so the page sees them the same way.
document.addEventListener('dragover', event => {
    if (event.target instanceof Element && event.target.closest('.drop-zone')) {
        event.preventDefault();
    }
});
document.addEventListener('drop', event => {
    const zone = event.target instanceof Element ? event.target.closest('.drop-zone') : null;
    const input = zone?.querySelector('input[type=file]');
    if (!input || !event.dataTransfer || event.dataTransfer.files.length === 0) {
        return;
    }
    event.preventDefault();
    input.files = event.dataTransfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
});
