package org.switchboard.platform.tenancy;

/** The two kinds of account a request can act in. */
public enum AccountKind {
    PORTAL("P", "/portal/"),
    CLIENT("C", "/client/");

    private final String prefix;
    private final String area;

    AccountKind(String prefix, String area) {
        this.prefix = prefix;
        this.area = area;
    }

    String prefix() {
        return prefix;
    }

    /** The URL area whose pages act in an account of this kind. */
    public String area() {
        return area;
    }
}
