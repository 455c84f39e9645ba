package com.headroom.prospect;

/**
 * A company the prospects name: its matching key ({@code base.CompanyName}), one way it
 * is written, and how many prospects name it. Nobody's name or address.
 */
public record HeldCompany(String key, String name, int prospects) {
}
