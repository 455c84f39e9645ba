package com.headroom.warmintro;

/**
 * One way a company is written in the team's connections, and how many connections write
 * it so.
 */
public record CompanySpelling(String name, int connections) {
}
