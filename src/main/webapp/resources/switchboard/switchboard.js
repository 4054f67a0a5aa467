// Switchboard's own scripts: loaded as a resource (with the response's CSP nonce), never inline.
(function () {
    // The visit's time left, kept current between requests; the server decides when it ends.
    function showVisitTime() {
        var time = document.getElementById('visit-time');
        if (!time) { return; }
        var endsAt = Number(time.getAttribute('data-ends-at'));
        function show() {
            var minutes = Math.max(0, Math.ceil((endsAt - Date.now()) / 60000));
            time.textContent = minutes > 0 ? 'Visit ends in ' + minutes + ' min'
                : 'This visit has ended; your next click returns you to the portal';
        }
        show();
        setInterval(show, 30000);
    }

    // On a page that keeps its view in the URL (the Accounts table), Back and Forward reload the
    // view the URL now names.
    function reloadOnHistory() {
        if (document.querySelector('[data-reload-on-history]')) {
            window.addEventListener('popstate', function () { location.reload(); });
        }
    }

    // Links marked data-back go back in the browser's history when there is one to go back to.
    function backLinks() {
        document.querySelectorAll('a[data-back]').forEach(function (link) {
            link.addEventListener('click', function (event) {
                if (window.history.length > 1) {
                    event.preventDefault();
                    window.history.back();
                }
            });
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        showVisitTime();
        reloadOnHistory();
        backLinks();
    });
})();
