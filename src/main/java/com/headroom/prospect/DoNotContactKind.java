package com.headroom.prospect;

/**
 * What a do-not-contact entry names: one person, a whole company, or an e-mail domain.
 */
public enum DoNotContactKind {

    PERSON("Person", "LinkedIn profile address"), COMPANY("Company", "Company name"),
    EMAIL_DOMAIN("E-mail domain", "E-mail domain, like acme.com");

    private final String label;

    private final String valueLabel;

    DoNotContactKind(String label, String valueLabel) {
        this.label = label;
        this.valueLabel = valueLabel;
    }

    public String label() {
        return label;
    }

    public String valueLabel() {
        return valueLabel;
    }

}
