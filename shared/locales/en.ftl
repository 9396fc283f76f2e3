# Codepool's English catalogue: every word the bot, the Mini App and the dashboard show.
# Adding a language is one more file beside this one, with the same message ids (see the README,
# "Adding a language"). Ids start with their surface: bot-, app- (the Mini App), dash- (the
# dashboard); the ones under Common are shared by all three.

## Common

language-name = English
# A Stars amount: "1,250 ★".
stars = { NUMBER($amount) } ★

status-pending_payment = awaiting payment
status-funded = paid, being delivered
status-awaiting_stock = paid, waiting for stock
status-preparing = paid, being prepared
status-delivered = delivered
status-disputed = problem reported
status-completed = completed
status-refund_pending = refund in progress
status-refunded = refunded
status-cancelled = cancelled
status-expired = expired

dispute-reason-invalid = the code is invalid
dispute-reason-already_used = the code was already used
dispute-reason-wrong_region = wrong region
dispute-reason-other = another problem

period-day = today
period-week = this week
period-lifetime = in total

# The human side of the API's error codes; the code itself never changes.
error-validation_failed = Some of what was sent is not valid.
error-invalid_json = The request could not be read.
error-payload_too_large = That is too large.
error-unsupported_media_type = That kind of file is not accepted.
error-unauthorized = Please sign in again.
error-session_expired = Your session has expired. Please sign in again.
error-forbidden = You are not allowed to do that.
error-not_found = That was not found. It may have been removed.
error-conflict = That cannot be done right now.
error-precondition_failed = That changed in the meantime. Reload and try again.
error-limit_exceeded = Too many at once. Try again a little later.
error-gone = That link has expired or was already used.
error-internal = Something went wrong on our side. Please try again.
error-unavailable = Codepool is busy right now. Please try again in a moment.
error-network = No connection. Check your network and try again.
error-invalid_response = The server sent an answer that could not be read. Please try again.

# Why a purchase was refused: the rule it broke.
rule-variant_required = Choose an option first.
rule-variant_inactive = This option is not on sale.
rule-min_per_order = At least { $min } per order.
rule-max_per_order = At most { $max } per order.
rule-variant_cap = { $remaining ->
    [0] This option is sold out.
    [one] Only { $remaining } is left.
   *[other] Only { $remaining } are left.
}
rule-listing_cap = { $remaining ->
    [0] This listing is sold out.
    [one] Only { $remaining } is left of this listing.
   *[other] Only { $remaining } are left of this listing.
}
rule-buyer_limit = { $remaining ->
    [0] You have reached your limit for this option.
    [one] You can buy { $remaining } more.
   *[other] You can buy { $remaining } more.
}

#
#
#

## Bot

# (bot messages)

#
#
#

## Mini App

# (Mini App messages)

#
#
#

## Dashboard: the shell, sign-in, pools, items and imports

# (dashboard messages, part one)

#
#
#

## Dashboard: listings, requests, disputes, analytics, suppliers, tokens, audit and ledger

# (dashboard messages, part two)
