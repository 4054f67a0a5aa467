package org.switchboard.api.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.switchboard.platform.kernel.Money;

/**
 * An amount as the API writes it: the decimal as a string (so no JSON number rounds it) with its
 * ISO 4217 currency, never one without the other.
 */
@Schema(name = "Money", description = "An amount with its currency; the amount is a decimal string with 2 places.")
public record MoneyRepresentation(@Schema(example = "1092.00") String amount, @Schema(example = "EUR") String currency) {

    public static MoneyRepresentation of(Money money) {
        return money == null ? null : new MoneyRepresentation(money.amount().toPlainString(), money.currency().getCurrencyCode());
    }
}
