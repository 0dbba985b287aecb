package io.govreport.store.store;

import com.mongodb.client.model.Filters;
import org.bson.conversions.Bson;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Builds query filters from user values. Every value goes in as a literal: equality on strings, or a regex whose
 * every non-alphanumeric character is escaped, so neither {@code {"$gt": ""}} nor a regex bomb means anything.
 */
final class Criteria {
    private static final Pattern REGION_CODE = Pattern.compile("[0-9]{2,12}");

    private Criteria() {
    }

    /** A region given by name (at any level: province, city, district) or by a GB/T 2260 code prefix. */
    static Bson region(String regionPath, String region) {
        if (REGION_CODE.matcher(region).matches()) {
            return Filters.regex(regionPath + ".code", "^" + region);
        }
        return Filters.or(
                Filters.eq(regionPath + ".name", region),
                Filters.eq(regionPath + ".province", region),
                Filters.eq(regionPath + ".city", region),
                Filters.eq(regionPath + ".district", region));
    }

    /** Case-insensitive substring match of a literal text. */
    static Bson contains(String field, String text) {
        return Filters.regex(field, literalRegex(text), "i");
    }

    static String literalRegex(String text) {
        StringBuilder regex = new StringBuilder(text.length() * 2);
        text.codePoints().forEach(c -> {
            if (!Character.isLetterOrDigit(c)) {
                regex.append('\\');
            }
            regex.appendCodePoint(c);
        });
        return regex.toString();
    }

    static Bson all(List<Bson> filters) {
        return filters.isEmpty() ? Filters.empty() : Filters.and(filters);
    }
}
