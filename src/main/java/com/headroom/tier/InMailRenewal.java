package com.headroom.tier;

/**
 * When a tier's monthly InMail credits arrive (LinkedIn Help: Sales Navigator on the 1st,
 * UTC).
 */
public enum InMailRenewal {

    NONE("No InMail credits"), BILLING_DAY("On the seat's billing day"),
    FIRST_OF_MONTH_UTC("On the 1st of each month (UTC)");

    private final String label;

    InMailRenewal(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

}
