package com.headroom.prospect;

import java.util.Locale;
import java.util.Map;

/** What a CSV column holds, as the member maps it. */
public enum ImportField {

    IGNORE("Don't import"), FIRST_NAME("First name"), LAST_NAME("Last name"), FULL_NAME("Full name (first and last)"),
    HEADLINE("Headline or position"), COMPANY("Company"), PROFILE_URL("LinkedIn profile"), EMAIL("E-mail"),
    EMAIL_STATUS("E-mail status (unknown, found, verified, bounced)"), LOCATION("Location"), INDUSTRY("Industry"),
    TAGS("Tags (separated by ; or ,)"), NOTES("Team notes"), ICP_FIT("Fit with your ideal customer (1-5)");

    private static final Map<String, ImportField> USUAL_HEADERS = Map.ofEntries(Map.entry("firstname", FIRST_NAME),
            Map.entry("first", FIRST_NAME), Map.entry("givenname", FIRST_NAME), Map.entry("vorname", FIRST_NAME),
            Map.entry("prenom", FIRST_NAME), Map.entry("lastname", LAST_NAME), Map.entry("last", LAST_NAME),
            Map.entry("surname", LAST_NAME), Map.entry("familyname", LAST_NAME), Map.entry("nachname", LAST_NAME),
            Map.entry("nom", LAST_NAME), Map.entry("name", FULL_NAME), Map.entry("fullname", FULL_NAME),
            Map.entry("contact", FULL_NAME), Map.entry("headline", HEADLINE), Map.entry("position", HEADLINE),
            Map.entry("title", HEADLINE), Map.entry("jobtitle", HEADLINE), Map.entry("role", HEADLINE),
            Map.entry("company", COMPANY), Map.entry("companyname", COMPANY), Map.entry("organization", COMPANY),
            Map.entry("organisation", COMPANY), Map.entry("account", COMPANY), Map.entry("employer", COMPANY),
            Map.entry("url", PROFILE_URL), Map.entry("profileurl", PROFILE_URL), Map.entry("linkedin", PROFILE_URL),
            Map.entry("linkedinurl", PROFILE_URL), Map.entry("linkedinprofile", PROFILE_URL),
            Map.entry("linkedinprofileurl", PROFILE_URL), Map.entry("profile", PROFILE_URL),
            Map.entry("publicprofileurl", PROFILE_URL), Map.entry("email", EMAIL), Map.entry("emailaddress", EMAIL),
            Map.entry("mail", EMAIL), Map.entry("emailstatus", EMAIL_STATUS), Map.entry("location", LOCATION),
            Map.entry("city", LOCATION), Map.entry("region", LOCATION), Map.entry("country", LOCATION),
            Map.entry("geography", LOCATION), Map.entry("industry", INDUSTRY), Map.entry("sector", INDUSTRY),
            Map.entry("tags", TAGS), Map.entry("tag", TAGS), Map.entry("labels", TAGS), Map.entry("notes", NOTES),
            Map.entry("note", NOTES), Map.entry("comments", NOTES), Map.entry("icp", ICP_FIT),
            Map.entry("icpfit", ICP_FIT), Map.entry("fit", ICP_FIT));

    private final String label;

    ImportField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The field a column header usually means ("First Name", "E-mail address", "LinkedIn
     * URL").
     */
    public static ImportField guess(String header) {
        String key = header == null ? "" : header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        return USUAL_HEADERS.getOrDefault(key, IGNORE);
    }

}
