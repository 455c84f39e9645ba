package com.headroom;

/** The demo organisation's logins, as README lists them. */
public final class DemoAccounts {

    public static final String PASSWORD = "pace-your-outreach";

    public static final String ADMIN = "admin@acme.example";

    /** Manager of EMEA Sales. */
    public static final String MANAGER_EMEA = "morgan@acme.example";

    /** Member of EMEA Sales on Sales Navigator Core. */
    public static final String MEMBER_DANA = "dana@acme.example";

    private DemoAccounts() {
    }

}
