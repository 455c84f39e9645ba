package com.headroom.prospect;

import java.util.List;

/**
 * What an uploaded CSV holds, before anything is stored.
 *
 * @param mapping one field per column, remembered from the member's last import or
 * guessed from the headers
 */
public record ImportPreview(List<String> headers, List<List<String>> firstRows, int rowCount, char delimiter,
        List<ImportField> mapping) {
}
