package org.switchboard.account.control;

import org.switchboard.account.entity.ClientStatus;

import java.io.Serializable;
import java.util.Locale;

/**
 * What the Accounts page is asked to show: a search text (part of a client's name, or the start
 * of a client admin's e-mail), a status and a plan filter, and an order. Built from untrusted URL
 * parameters, so everything is bounded and a malformed part simply falls back to its default.
 */
public record AccountSearch(String text, ClientStatus status, String plan, AccountSort sort, boolean ascending)
        implements Serializable {

    public static final int MAX_TEXT = 200;

    public AccountSearch {
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        plan = plan == null || plan.isBlank() || plan.length() > 64 ? null : plan.strip();
        sort = sort == null ? AccountSort.DEFAULT : sort;
    }

    public static AccountSearch everything() {
        return new AccountSearch(null, null, null, AccountSort.DEFAULT, true);
    }

    public static AccountSearch fromUrl(String text, String status, String plan, String sort, String order) {
        ClientStatus parsedStatus = null;
        for (ClientStatus candidate : ClientStatus.values()) {
            if (candidate.name().equalsIgnoreCase(status)) {
                parsedStatus = candidate;
            }
        }
        AccountSort parsedSort = AccountSort.fromUrl(sort).orElse(AccountSort.DEFAULT);
        boolean ascending = !"desc".equals(order);
        return new AccountSearch(text, parsedStatus, plan, parsedSort, ascending);
    }

    /** The text as a LIKE pattern for "contains", with the wildcards a person typed taken literally. */
    public String containsPattern() {
        return "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%";
    }

    /** The text as a LIKE pattern for "starts with". */
    public String prefixPattern() {
        return escapeLike(text.toLowerCase(Locale.ROOT)) + "%";
    }

    /** The text as the bounds of a range holding every string that starts with it: [text, text'). */
    public String[] prefixRange() {
        String from = text.toLowerCase(Locale.ROOT);
        char last = from.charAt(from.length() - 1);
        String to = last == Character.MAX_VALUE ? from + last : from.substring(0, from.length() - 1) + (char) (last + 1);
        return new String[]{from, to};
    }

    /** Backslash-escapes LIKE's wildcards: backslash is the default escape of PostgreSQL and H2. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    public AccountSearch sortedBy(AccountSort newSort) {
        boolean newAscending = newSort == sort ? !ascending : newSort == AccountSort.NAME || newSort == AccountSort.PLAN
                || newSort == AccountSort.STATUS;
        return new AccountSearch(text, status, plan, newSort, newAscending);
    }

    /** This search in the default order: two searches that find the same clients are then equal. */
    public AccountSearch unsorted() {
        return new AccountSearch(text, status, plan, AccountSort.DEFAULT, true);
    }

    public AccountSearch with(String newText, ClientStatus newStatus, String newPlan) {
        return new AccountSearch(newText, newStatus, newPlan, sort, ascending);
    }
}
