"""What both processes stand on: the error table, the wire contract, settings, TLS, admission
and telemetry. It imports neither `server` nor `gateway`; the stores import it (and their own
engines) and nothing of the server above them."""
