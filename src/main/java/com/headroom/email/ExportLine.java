package com.headroom.email;

import java.time.Instant;

/** "Exported to lemlist on Thu 3 Dec 2026 by Dana Reyes". */
public record ExportLine(EmailTool tool, String by, Instant at) {
}
