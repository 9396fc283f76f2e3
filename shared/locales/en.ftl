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

# Why an imported line was refused, by its code; `invalid` carries the check's own words.
reject-invalid = { $reason }
reject-duplicate_in_file = duplicate of an earlier line in this file
reject-duplicate_in_stock = already in your stock

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

bot-description = Codepool sells digital goods (gift cards, game keys, licences) with escrow: your Stars are held until you have your code.
bot-short-description = Digital goods with escrow, paid in Stars.
bot-cmd-pools = Stock per pool
bot-cmd-newpool = Create a pool
bot-cmd-restock = Add codes to a pool
bot-cmd-stock = One pool in detail
bot-cmd-threshold = Set the low-stock alert
bot-cmd-templates = Your listings
bot-cmd-bind = Bind a listing to a pool
bot-cmd-orders = Orders waiting for you
bot-cmd-deliver = Deliver an order by hand
bot-cmd-dashboard = Sign in to the web dashboard
bot-cmd-purchases = Your purchases
bot-cmd-paysupport = Help with a payment
bot-cmd-terms = Terms of sale
bot-cmd-language = Choose your language
bot-cmd-help = What I can do

bot-language-prompt = Which language should I speak? Now: { $current }.
bot-language-follow = Follow Telegram's language
bot-language-set = I will speak English from now on.
bot-language-following = I will follow your Telegram language from now on.

bot-help-buyer =
    Codepool sells digital goods with escrow: your Stars are held until you have your code.

    /purchases — your purchases
    /paysupport — help with a payment
    /terms — terms of sale
    /language — choose your language
    /help — this message
bot-help-seller =
    Seller commands:
    /pools — stock per pool
    /newpool <name> <type> [threshold] — a new pool
    /restock — add codes to a pool
    /stock <pool> — one pool in detail
    /threshold <pool> <n> — low-stock alert level
    /templates — your listings
    /bind — bind a listing to a pool
    /orders — orders waiting for you
    /deliver <request> — deliver by hand
    /dashboard — sign in to the web dashboard
bot-pay-support =
    Payment support. Your Stars are held in escrow until you have what you paid for:
    • Something wrong with a code? Tap "Report a problem" below, within the dispute window. The seller must replace it or refund you; if they do not answer in time, it happens automatically.
    • Paid twice, or after an order expired? That payment is refunded to you automatically, by Telegram, in full.
    • Anything else: write here, and an operator will answer.
    Your recent purchases:
bot-terms = Terms of sale: you buy digital goods from independent sellers. Payment is held in escrow and released to the seller when you confirm or the dispute window ends. A problem reported in the window ends in a replacement of the affected items or a refund of the whole payment. Payments that an order cannot take are refunded in full. /paysupport for help.
bot-report-problem = Report a problem
bot-what-is-wrong = What is wrong?
bot-problem-reported = Reported. The seller has been told and must answer; your Stars stay held until then.
bot-unknown = I did not understand that. /help lists what I can do.
bot-not-seller = That is a seller command. Open a shop from the Mini App first.
bot-cancelled = Stopped.
bot-error = Something went wrong on our side. Please try again.
bot-usage = Usage: { $usage }
bot-private-only = Send me this in a private chat: codes, sign-in links and invoices are not for a group.
bot-open-private-chat = Open a private chat
bot-open-in-app = Open in app
bot-reveal-in-app = Reveal in app

bot-stock-line = { $pool }: { $available } available · { $reserved } reserved · { $delivered } delivered · { $expiringSoon } expiring soon
bot-stock-expired = { $expired } expired · { $invalid } invalid
bot-stock-alert = Low-stock alert at { $threshold }.
bot-stock-paused = Paused: { $reason }.
bot-stock-paused-by-seller = by the seller
bot-source-kinguin = from Kinguin
bot-source-seller_server = from your server
bot-source-on_demand = on demand
bot-source-backfill = restocks when low
bot-source-paused = paused
bot-source-paused-because = paused ({ $reason })
bot-source-active = active
bot-button-restock = Restock
bot-no-pools = You have no pools yet. Create one with /newpool <name> <type> [threshold].
bot-pool-not-found = No pool of yours is called "{ $name }". /pools lists them.
bot-pool-created = Pool "{ $name }" ({ $type }) created. /restock to add codes.
bot-threshold-set = Low-stock alert for { $pool } set at { $threshold }.
bot-usage-stock = /stock <pool name>
bot-usage-threshold = /threshold <pool name> <number>
bot-usage-newpool = /newpool <name> <{ $types }> [threshold]
bot-usage-deliver = /deliver <request id> (see /orders)

bot-choose-restock-pool = Which pool do you want to restock?
bot-restock-prompt = Send the codes for { $pool } now: paste them ({ $hint }), or send a CSV file. /cancel to stop.
bot-restock-files-prompt = Restocking { $pool }: { $hint }. Each one is added as it arrives; /cancel when you are done.
bot-hint-code = one code a line, or code;pin
bot-hint-key = one key a line
bot-hint-account = one user:password a line
bot-hint-license = one key a line
bot-hint-bundle = one bundle a line
bot-hint-custom = one item a line, fields separated by ;
bot-hint-file = send the files as documents (or one ZIP of them)
bot-hint-image = send the images as photos or documents (or one ZIP of them)
bot-restock-report = Restocked { $pool }: { $accepted } added, { $duplicates ->
        [one] { $duplicates } duplicate
       *[other] { $duplicates } duplicates
    } skipped, { $invalid } invalid.
bot-rejected-line = line { $line }: { $reason }
bot-rejected-more = … and { $count } more
bot-import-progress = Importing… { $rows } rows
bot-import-progress-pct = Importing… { $rows } rows ({ $pct }%)
bot-file-too-large = That file is larger than the { $size } I accept. Split it and send the parts one by one.
bot-size-bytes = { $n } bytes
bot-size-kb = { $n } KB
bot-size-mb = { $n } MB
bot-download-stalled = Telegram stopped sending that file, so nothing was imported. Please send it again.

bot-no-templates = You have no listings yet. Create one in the dashboard or the API.
bot-choose-template = Which listing?
bot-choose-variant-to-bind = Which variant?
bot-choose-pool = Bind it to which pool?
bot-bind-no-pool = No pool: deliver by hand
bot-bound = { $title } now sells from { $pool }.
bot-manual-delivery = manual delivery
bot-template-line = { $active ->
        [yes] 🟢
       *[no] ⏸
    } { $title } — { $price } ⭐{ $details }
bot-template-from = { " " }(from)
bot-variant-line = { "   " }{ $active ->
        [yes] •
       *[no] ⏸
    } { $title } — { $price } ⭐, { $details }
bot-sold = { $sold } sold
bot-sold-of-cap = { $sold } / { $cap } sold, { $left } left
bot-from-pool = from { $pool } ({ $available } in stock)
bot-a-pool = a pool
bot-per-order = { $min }–{ $max } per order
bot-per-buyer = max { $count } { $period ->
        [day] per day
        [week] per week
       *[lifetime] in total
    } per buyer

bot-no-requests-waiting = Nothing is waiting for you.
bot-owed-request = 📦 { $title } × { $quantity } — paid, deliver by hand
bot-button-deliver = Deliver
bot-button-replace = Replace
bot-button-refund = Refund
bot-disputed-partial =
    ❗ { $title } × { $quantity } — problem reported: { $disputed } of { $items } items disputed.
    Replace sends { $disputed ->
        [one] { $disputed } new item
       *[other] { $disputed } new items
    } from stock. A refund returns the whole charge: { $amount } ⭐ back to the buyer, and the { $kept ->
        [one] { $kept } item
       *[other] { $kept } items
    } not disputed are not returned to you.
bot-disputed-whole = ❗ { $title } × { $quantity } — problem reported: a refund returns { $amount } ⭐
bot-disputed = ❗ { $title } × { $quantity } — problem reported
bot-replaced = Replaced. The buyer was told.
bot-refunding = Refunding. The buyer was told.
bot-deliver-prompt = Paste the content to deliver for { $title } (one line per item). /cancel to stop.
bot-delivered = Delivered { $title }. The buyer was told.
bot-dashboard-link =
    Your sign-in link for the dashboard (valid 10 minutes, once):
    { $url }

bot-no-requests-yet = You have not bought anything yet.
bot-purchase-line = { $title } × { $quantity } — { $total } ⭐ — { $status }
bot-purchase-line-order = { $title } × { $quantity } — { $total } ⭐ — { $status } (order { $order })
bot-buy-prompt = { $inStock ->
        [yes] { $title } — { $price } ⭐ each. How many?
       *[no] { $title } — { $price } ⭐ each (sold out right now). How many?
    }
bot-choose-variant = { $title } — from { $price } ⭐. Which one?
bot-variant-button = { $title } — { $price } ⭐
bot-variant-button-sold-out = { $title } — { $price } ⭐ · sold out
bot-variant-button-left = { $title } — { $price } ⭐ · { $left } left
bot-limit-reached = You have bought your limit of { $title }: { $count } { $period ->
        [day] per day
        [week] per week
       *[lifetime] in total
    }.
bot-limit-note = { $period ->
        [day] You may buy { $remaining } more today.
        [week] You may buy { $remaining } more this week.
       *[lifetime] You may buy { $remaining } more.
    }
bot-variant-paused = { $title } is not on sale right now.
bot-template-gone = That listing is not available.
bot-sold-out = { $title } is sold out right now.
bot-notify-me = Tell me when it is back
bot-will-notify = I will tell you when it is back in stock.

bot-precheckout-not_ours = This invoice is not from Codepool.
bot-precheckout-gone = This order no longer exists.
bot-precheckout-not_yours = This order belongs to someone else.
bot-precheckout-not_pending = This order was already paid or cancelled.
bot-precheckout-expired = This order expired; open the listing again. You have not been charged.
bot-precheckout-paused = This listing is paused by the seller right now. You have not been charged.
bot-precheckout-price_changed = The price changed; open the order again.
bot-precheckout-sold_out = Sorry, this item just sold out. You have not been charged.
bot-precheckout-error = Something went wrong on our side. You have not been charged.
bot-not-charged = You have not been charged.

bot-your-order = your order
bot-your-payment = your payment
bot-a-listing = A listing
bot-an-error = an error
bot-n-delivery = ✅ Your purchase of { $title }{ $quantity ->
        [1] {""}
       *[other] { " " }× { $quantity }
    } is delivered. Open it in the app to reveal it.
bot-n-sale = 💰 Sold: { $title }{ $quantity ->
        [1] {""}
       *[other] { " " }× { $quantity }
    } for { $total } ⭐
bot-n-released = 💸 { $amount } ⭐ for { $title } are now in your balance.
bot-n-manual-delivery = 📦 A paid order for { $title } needs manual delivery. Send /deliver { $request } and paste the content.
bot-n-awaiting-stock = ⏳ { $title } is paid for and sold out right now; you will get it as soon as it is restocked.
bot-n-low-stock = ⚠️ { $pool } is running low: { $available } left (alert at { $threshold }). /restock to refill.
bot-n-out-of-stock = { $paused ->
        [0] 🚫 { $pool } is out of stock. /restock to refill.
        [one] 🚫 { $pool } is out of stock; { $paused } listing paused until you restock. /restock to refill.
       *[other] 🚫 { $pool } is out of stock; { $paused } listings paused until you restock. /restock to refill.
    }
bot-n-expiring = ⌛ { $count ->
        [one] { $count } item
       *[other] { $count } items
    } in { $pool } expire within 7 days.
bot-n-dispute-opened = ❗ A buyer reported a problem with { $title }: { $reason }. Answer in /orders (request { $request }).
bot-n-dispute-replaced = 🔁 The seller replaced your { $title }. Open the app to reveal the new one.
bot-n-dispute-refunding = ↩️ The seller is refunding your { $title }.
bot-n-refunded = ↩️ { $amount } ⭐ for { $title } were refunded.
bot-n-pool-paused = ⛔ { $pool } is paused: { $disputed } of { $sold } sold items were reported invalid by { $buyers ->
        [one] { $buyers } buyer
       *[other] { $buyers } different buyers
    }. The disputes are listed in the dashboard; check your supplier, then resume the pool there.
bot-n-payment-returned = ↩️ Your payment of { $amount } ⭐ could not be used ({ $reason }); it is being refunded to you in full. Nothing else is needed from you.
bot-n-payment-returned-for = ↩️ Your payment of { $amount } ⭐ for { $title } could not be used ({ $reason }); it is being refunded to you in full. Nothing else is needed from you.
bot-refusal-already_paid = the order was already paid
bot-refusal-expired = the order had expired
bot-refusal-cancelled = the order was cancelled
bot-refusal-amount_mismatch = the amount did not match the order
bot-refusal-variant_cap = the last units sold to another buyer a moment before
bot-refusal-listing_cap = the last units sold to another buyer a moment before
bot-refusal-buyer_limit = your limit for this item was reached by another order
bot-refusal-other = the order could not take it
bot-n-refund-requested = ↩️ A refund of { $amount } was requested from the payment provider. The seller pays it back by hand; you will be told when it is confirmed.
bot-n-refund-requested-for = ↩️ A refund of { $amount } for { $title } was requested from the payment provider. The seller pays it back by hand; you will be told when it is confirmed.
bot-n-refund-manual = 💳 Refund by hand needed: { $amount } for { $title } (request { $request }) was paid through a provider without a refund API. Pay it back there, then confirm the refund in the dashboard.
bot-n-supplier-failed = ⚠️ A supplier order for { $pool } failed: { $reason }. { $outcome ->
        [own_stock] The sale was delivered from your own stock.
        [refunded] The buyer is being refunded.
       *[other] No stock was added; see Supplier orders in the dashboard.
    }
bot-n-supplier-paused = ⏸ The supplier of { $pool } is paused: { $failed } of its last { $orders } orders failed. Its listings sell nothing until you resume it in the dashboard.
bot-n-reconcile = ⚠️ Reconciliation with Telegram found { $count ->
        [one] { $count } mismatch
       *[other] { $count } mismatches
    } between Telegram's Stars ledger and ours. See the ledger page in the dashboard.
bot-n-back-in-stock = 🔔 { $title } is back in stock.

## (The dashboard's sign-in pages, served by the backend)

page-signin-bad-link = This sign-in link does not work
page-signin-bad-link-body = This sign-in link has expired or was already used, or it is not valid; ask the bot for a new one with /dashboard.
page-signin-title = Sign in to the Codepool dashboard
page-signin-as = This link signs you in as { $who }. Continue only if you asked the bot for it.
page-signin-button = Sign in
page-signin-wrong-origin = Sign in from the link’s own page; open the link from the bot again.

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
