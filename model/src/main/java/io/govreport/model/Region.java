package io.govreport.model;

/** An administrative division with its GB/T 2260 code. */
public record Region(String name, String province, String city, String district, String code) {
}
