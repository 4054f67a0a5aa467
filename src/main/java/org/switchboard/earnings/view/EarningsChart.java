package org.switchboard.earnings.view;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.switchboard.earnings.boundary.EarningsViews.MonthlyFigures;
import org.switchboard.platform.kernel.Shown;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The monthly bar chart as the Chart.js configuration that PrimeFaces' p:chart takes: sales and
 * earnings side by side for each month, one pair of bars per currency (amounts of different
 * currencies are never added up).
 */
final class EarningsChart {

    private static final String[] SALES_COLOURS = {"#9db8d9", "#c6b3de", "#b5d6c3"};
    private static final String[] EARNINGS_COLOURS = {"#1f5fa8", "#6a3fa0", "#2e7d4f"};

    private EarningsChart() {
    }

    static String of(MonthlyFigures figures) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        figures.months().stream().map(Shown::month).forEach(labels::add);
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int colour = 0;
        for (String currency : figures.sales().keySet().stream()
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new))) {
            datasets.add(dataset("Sales (" + currency + ")", figures.sales().get(currency),
                    SALES_COLOURS[colour % SALES_COLOURS.length]));
            datasets.add(dataset("Earnings (" + currency + ")", figures.earnings().getOrDefault(currency,
                    zeros(figures.months())), EARNINGS_COLOURS[colour % EARNINGS_COLOURS.length]));
            colour++;
        }
        // Earnings in a currency with no sales in it (e.g. bounties paid in the plan's currency).
        for (Map.Entry<String, List<BigDecimal>> only : figures.earnings().entrySet()) {
            if (!figures.sales().containsKey(only.getKey())) {
                datasets.add(dataset("Earnings (" + only.getKey() + ")", only.getValue(),
                        EARNINGS_COLOURS[colour++ % EARNINGS_COLOURS.length]));
            }
        }
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true)))
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom")));
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options)
                .build().toString();
    }

    private static JsonObjectBuilder dataset(String label, List<BigDecimal> values, String colour) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        values.forEach(data::add);
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour);
    }

    private static List<BigDecimal> zeros(List<YearMonth> months) {
        return months.stream().map(month -> BigDecimal.ZERO).toList();
    }
}
