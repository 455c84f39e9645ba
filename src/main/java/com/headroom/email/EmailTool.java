package com.headroom.email;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The e-mail tools a team exports prospects to, each with the column names its CSV import
 * maps to its own fields without the rep mapping them by hand. Sources, and which names
 * are documented and which are our best reading, are in {@code docs/email-tools.md}.
 *
 * <p>
 * A column appears only where the tool has a field for it: Apollo, HubSpot and Salesforce
 * keep a location as city, region and country, which one text can't be split into
 * reliably, so they get no location column (Apollo fills it in when it matches the
 * contact); HubSpot and Salesforce have no standard LinkedIn field.
 */
public enum EmailTool {

    /**
     * lemlist's lead variable names (developer.lemlist.com, lead "variables"); a column
     * with another name becomes a custom variable, which is how {@code location} arrives.
     */
    LEMLIST("lemlist", column("email", Field.EMAIL), column("firstName", Field.FIRST_NAME),
            column("lastName", Field.LAST_NAME), column("companyName", Field.COMPANY), column("jobTitle", Field.TITLE),
            column("linkedinUrl", Field.LINKEDIN), column("location", Field.LOCATION)),

    /**
     * Instantly's lead field names (developer.instantly.ai, Lead: email, first_name,
     * last_name, company_name, job_title); other columns become custom variables.
     */
    INSTANTLY("Instantly", column("email", Field.EMAIL), column("first_name", Field.FIRST_NAME),
            column("last_name", Field.LAST_NAME), column("company_name", Field.COMPANY),
            column("job_title", Field.TITLE), column("linkedin_url", Field.LINKEDIN),
            column("location", Field.LOCATION)),

    /**
     * The columns Apollo's "Import a CSV of Contacts" article asks for
     * (knowledge.apollo.io 4409161532045), plus Apollo's Title field.
     */
    APOLLO("Apollo", column("First Name", Field.FIRST_NAME), column("Last Name", Field.LAST_NAME),
            column("Contact Email", Field.EMAIL), column("Company Name", Field.COMPANY), column("Title", Field.TITLE),
            column("Contact LinkedIn URL", Field.LINKEDIN)),

    /**
     * HubSpot's contact property labels; an import matches a header to a property name
     * (knowledge.hubspot.com, "Set up your import files", which requires First name, Last
     * name and Email for contacts).
     */
    HUBSPOT("HubSpot", column("First Name", Field.FIRST_NAME), column("Last Name", Field.LAST_NAME),
            column("Email", Field.EMAIL), column("Company Name", Field.COMPANY), column("Job Title", Field.TITLE)),

    /**
     * The Data Import Wizard's labels for leads (help.salesforce.com, "Field Mapping for
     * Importing Leads"). Salesforce requires Last Name and Company on every lead.
     */
    SALESFORCE("Salesforce", column("First Name", Field.FIRST_NAME), column("Last Name", Field.LAST_NAME),
            column("Email", Field.EMAIL), column("Company", Field.COMPANY), column("Title", Field.TITLE));

    private final String label;

    private final List<Column> columns;

    EmailTool(String label, Column... columns) {
        this.label = label;
        this.columns = List.of(columns);
    }

    /** The tool's name as the tool writes it. */
    public String label() {
        return label;
    }

    /** The header row of a file for this tool. */
    public List<String> header() {
        return columns.stream().map(Column::name).toList();
    }

    /** "headroom-lemlist-2026-12-03.csv". */
    public String fileName(LocalDate day) {
        return "headroom-" + name().toLowerCase(Locale.ROOT) + "-" + day + ".csv";
    }

    /**
     * The row's values in {@link #header()} order, as Headroom holds them: not yet made
     * spreadsheet-safe ({@link EmailToolCsv#write} does that).
     */
    public List<String> cells(ExportRow row) {
        return columns.stream().map(c -> c.field().of(row)).toList();
    }

    private static Column column(String name, Field field) {
        return new Column(name, field);
    }

    private record Column(String name, Field field) {
    }

    private enum Field {

        FIRST_NAME(ExportRow::firstName), LAST_NAME(ExportRow::lastName), EMAIL(ExportRow::email),
        COMPANY(ExportRow::company), TITLE(ExportRow::title), LINKEDIN(ExportRow::linkedInUrl),
        LOCATION(ExportRow::location);

        private final Function<ExportRow, String> value;

        Field(Function<ExportRow, String> value) {
            this.value = value;
        }

        String of(ExportRow row) {
            return value.apply(row);
        }

    }

}
