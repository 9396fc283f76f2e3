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

# Mini App: the frame, shared words and states.
app-brand = Codepool
# A Stars amount on a button: "⭐ 1,250".
app-stars = ⭐ { NUMBER($amount) }
# Read by screen readers after a drawn star and its number.
app-stars-unit = { $amount ->
    [one] Star
   *[other] Stars
}
app-back = Back
app-loading = Loading
app-try-again = Try again
app-load-failed = Could not load this
app-start-failed = Codepool could not start
app-offline = You're offline. Codepool will catch up when the connection is back.
app-screen-failed-title = This screen hit a problem
app-screen-failed-text = Your purchases are safe. Try again, or go back and reopen it.
app-not-found-title = Nothing here
app-not-found-text = This link does not lead anywhere in Codepool.
app-sellers-only-title = For sellers
app-sellers-only-text = This part of Codepool is for sellers. Open a shop from the bot to sell your own codes.
app-show-more = Show more
app-copy = Copy
app-copy-done = Copied
app-copy-failed = Copy failed
app-copy-what = Copy { $label }
app-field-show = Show { $label }
app-field-hide = Hide { $label }
app-quantity = Quantity
app-quantity-less = One less
app-quantity-more = One more
app-item-number = Item { $number }

# Mini App: opened outside Telegram, or with a session the server refused.
app-gate-outside-text = This is a Telegram Mini App. Open it from the Codepool bot in Telegram to buy and reveal your codes.
app-gate-outside-hint = Open the bot in Telegram and tap the menu button, or follow a seller's link.
app-gate-old-client-text = This version of Telegram is too old for Codepool.
app-gate-old-client-hint = Update Telegram, then open the app from the bot again.
app-session-refused-title = Session not verified
app-session-refused-text = Your Telegram session could not be verified — reopen the app from the bot.
app-session-refused-hint = Close this window and open Codepool again from the bot's menu button.

# Mini App: home.
app-home-greeting = Hi, { $name }
app-home-greeting-anonymous = Hi there
app-home-lead = Gift cards and keys, delivered in Telegram.
app-home-recent = Recent purchases
app-home-nothing-bought = Nothing bought yet. Open a listing from a seller's link to start.
app-home-all-purchases = All purchases
app-home-shop = Your shop
app-home-shop-footer = Bulk CSV imports and listings live in the web dashboard.
app-home-pools = Stock pools
app-home-pools-hint = Stock levels, restock, recent imports
app-home-orders = Orders to deliver
app-home-orders-hint = Paid orders waiting for you
app-home-settings = Settings

# Mini App: the language setting.
app-language-title = Language
app-language-choose = The app's language
app-language-follow-telegram = Follow Telegram
app-language-follow-telegram-hint = The language of your Telegram app
app-language-footer = The bot writes to you in this language too.

# Mini App: a listing and buying it.
app-listing-untitled = Listing
app-listing-not-found-title = Listing not found
app-listing-not-found-text = This listing does not exist any more. Ask the seller for a fresh link.
app-listing-sold-by = Sold by { $seller }
app-listing-link-gone = That option is no longer sold
app-listing-link-gone-choose = Choose another one below.
app-listing-about = About
app-listing-sold-out = Sold out
app-listing-sold-out-footer = We message you in Telegram when the seller restocks.
app-stock-in = In stock
app-stock-out = Out of stock
app-buy-choose-option = Choose an option
# The main button: "Buy for ⭐ 1,250" ($price is app-stars).
app-buy-for = Buy for { $price }
app-buy-not-available = Not available
app-order-title = Your order
app-order-footer = Paid in Telegram Stars and held in escrow until you confirm the code works.
app-order-option = Option
app-order-total = Total
app-order-view = View order
app-order-untitled = Order
app-watch = Notify me when it is back
app-watch-done = We will message you in Telegram when it is back.
app-watch-short = Notify me
app-watch-short-done = We will tell you
app-notice-paused-title = Not available right now
app-notice-paused-text = The seller has paused this listing. Check back later.
app-notice-sold-out-option = { $option } is sold out
app-notice-sold-out-text = Ask to be told when it is back: we message you in Telegram the moment the seller restocks.
app-notice-variant-cap-several = Every unit of this option has been sold. Choose another option.
app-notice-limited-sold = Every unit of this limited edition has been sold.
# $limit is app-variant-limit-reached (or app-notice-limit-reached), made a sentence.
app-notice-limit-sentence = { $limit }.
app-notice-limit-reached = You have reached your limit
app-notice-limit-later = You can buy again later.
app-notice-limit-other = Or choose another option.
app-notice-not-enough-text = Fewer are left than the smallest order ({ $min }).
app-notice-choose-other = Choose another option.
app-notice-out-of-stock-text = You can still order: it is delivered automatically the moment the seller restocks.

# Mini App: a variant's state, beside it in the picker and on the chip.
app-variant-block-sold_out = Sold out
app-variant-block-variant_cap = Sold out (limited edition)
app-variant-block-listing_cap = Sold out (limited edition)
app-variant-block-buyer_limit = Your limit reached
app-variant-block-paused = Paused
app-variant-not-enough = Not enough left for one order
app-variant-left = { NUMBER($count) } left
# $period: day, week or lifetime.
app-variant-limit-left = { $period ->
    [day] You can buy { NUMBER($count) } more today
    [week] You can buy { NUMBER($count) } more this week
   *[lifetime] You can buy { NUMBER($count) } more in total
}
app-variant-limit-reached = { $period ->
    [day] You have reached your limit of { NUMBER($count) } today
    [week] You have reached your limit of { NUMBER($count) } this week
   *[lifetime] You have reached your limit of { NUMBER($count) }
}
app-variant-per-order-exact = { $count ->
    [1] One per order
   *[other] { $count } per order
}
app-variant-per-order-up-to = Up to { $max } per order
app-variant-per-order-range = { $min } to { $max } per order
# The title over a refused purchase, by the rule it broke.
app-rule-title-variant_required = Choose an option first
app-rule-title-variant_inactive = This option is no longer sold
app-rule-title-min_per_order = Too few for one order
app-rule-title-max_per_order = Too many for one order
app-rule-title-variant_cap = Not enough left
app-rule-title-listing_cap = Not enough left
app-rule-title-buyer_limit = Your limit reached

# Mini App: paying.
app-pay-unpaid-cancelled = Payment cancelled. Your order waits for payment for a little while — you can pay it from My purchases.
app-pay-unpaid-failed = The payment did not go through. Nothing was charged.
app-pay-unpaid-unsupported = Paying with Stars works inside Telegram. Open Codepool from the bot to pay.
app-payment-title = Payment
app-payment-expires = Unpaid orders are dropped at { $when }.
app-payment-to-pay = To pay
# $price is app-stars.
app-payment-pay = Pay { $price }
app-payment-cancel = Cancel order

# Mini App: purchases and their statuses.
app-purchases-title = My purchases
app-purchases-empty-title = No purchases yet
app-purchases-empty-text = Open a listing from a seller's link or the bot — what you buy shows up here.
app-purchase-untitled = Purchase
app-purchase-not-found-title = Purchase not found
app-purchase-not-found-text = This purchase does not exist, or it belongs to another Telegram account.
app-purchase-funded-title = Payment received
app-purchase-funded-text = Delivering your order… this page updates by itself.
app-purchase-awaiting-stock-text = You will get a message from the bot too.
app-purchase-disputed-text = You will hear back in the bot; a replacement or a refund follows.
app-purchase-preparing-text = This page updates by itself; the bot tells you too.
app-purchase-unknown-state = This purchase is in a state this app version does not know.
app-purchase-confirming-title = Confirming your payment
app-purchase-confirming-text = Telegram has taken your Stars. Your order is delivered the moment the payment is confirmed — this page updates by itself.
app-status-pending_payment = Awaiting payment
app-status-hint-pending_payment = Pay with Telegram Stars to get your order.
app-status-funded = Paid
app-status-hint-funded = Payment received — your order is being delivered.
app-status-awaiting_stock = Waiting for stock
app-status-hint-awaiting_stock = The seller is restocking. Your order is delivered as soon as stock arrives.
app-status-preparing = Being prepared
app-status-hint-preparing = Paid. The seller’s supplier is preparing your order; it arrives here as soon as it is ready.
app-status-delivered = Delivered
app-status-hint-delivered = Your order is ready to reveal.
app-status-disputed = Problem reported
app-status-hint-disputed = The seller is looking into the problem you reported.
app-status-completed = Completed
app-status-hint-completed = This purchase is complete.
app-status-refund_pending = Refund pending
app-status-hint-refund_pending = Your Stars are on their way back.
app-status-refund-by-hand = Refund by the seller
app-status-refund-by-hand-hint = This payment cannot be returned automatically: the seller has been asked to pay it back. If it does not arrive, send /paysupport to the bot.
app-status-refunded = Refunded
app-status-hint-refunded = Your Stars were refunded.
app-status-cancelled = Cancelled
app-status-hint-cancelled = This order was cancelled before payment.
app-status-expired = Expired
app-status-hint-expired = This order was not paid in time.
app-confirm-title = Did it work?
app-confirm-window = You can report a problem until { $when }.
app-confirm-no-window = Report a problem if the code fails.
app-confirm-receipt = Confirm receipt
app-confirm-done = Thanks! The seller has been paid.

# Mini App: the delivery, revealed.
app-delivery-nothing = Nothing has been delivered to reveal yet.
app-delivery-your-items = { $count ->
    [one] Your item
   *[other] Your items ({ $count })
}
app-delivery-seen = You have revealed this before. Revealing again shows the same content.
app-delivery-first-reveal = Reveal when you are ready to use it. The first reveal (for a file without a PIN, its first download) is recorded.
app-delivery-revealed-at = Revealed { $when }
app-delivery-not-revealed = Not revealed yet
app-delivery-reveal = { $count ->
    [one] Reveal
   *[other] Reveal all { $count }
}
app-delivery-how-to-use = How to use
app-delivery-download-text = Download as text
app-delivery-hide = Hide
app-file-save = Save
app-file-download = Download
app-file-download-cancelled = Download cancelled.
app-file-download-failed = The download could not start. { $reason }
app-file-image-failed = The picture could not be loaded. Try Save to get it again.
app-file-type-text = Text
# A file's size; $size is already a formatted number.
app-size-bytes = { $size } B
app-size-kb = { $size } KB
app-size-mb = { $size } MB
# The purchase saved as a text file.
app-text-untitled = Codepool purchase
app-text-order = Order { $id }
app-text-file = File: { $name }

# Mini App: reporting a problem.
app-dispute-title = Report a problem
app-dispute-about-before = About{" "}
app-dispute-about-after = . The seller answers with a replacement or a refund.
app-dispute-what = What is wrong?
app-dispute-reason-invalid = The code is invalid
app-dispute-reason-hint-invalid = It is refused where it should work.
app-dispute-reason-already_used = Already used
app-dispute-reason-hint-already_used = Someone redeemed it before you.
app-dispute-reason-wrong_region = Wrong region
app-dispute-reason-hint-wrong_region = It does not work in your country or store.
app-dispute-reason-other = Something else
app-dispute-reason-hint-other = Tell the seller what went wrong.
app-dispute-details = Details
app-dispute-details-optional = Details (optional)
app-dispute-placeholder = What happened when you used it? Error messages help the seller.
app-dispute-count = { $length } / { $max }
app-dispute-submit = Report the problem
app-dispute-choose-reason = Choose what is wrong.
app-dispute-too-long = Keep it to { $max } characters ({ $length } now).
app-dispute-describe = Describe the problem — it is required when you choose “Something else”.
app-dispute-check-form = Check the form.
app-dispute-back = Back to the purchase
app-dispute-already = You have already reported a problem with this purchase.
app-dispute-not-now = Problems can be reported on a delivered purchase, within the dispute window.

# Mini App: the seller's pools.
app-delivery-type-code = Codes
app-delivery-type-key = Keys
app-delivery-type-account = Accounts
app-delivery-type-license = Licenses
app-delivery-type-bundle = Bundles
app-delivery-type-custom = Custom items
app-delivery-type-file = Files
app-delivery-type-image = Images
app-pools-empty-title = No pools yet
app-pools-empty-text = Create a pool in the bot or the web dashboard, then restock it here.
app-pool-untitled = Untitled pool
app-pool-not-found-title = Pool not found
app-pool-not-found-text = This pool does not exist, or it belongs to another seller.
app-pool-available = { NUMBER($count) } available
app-pool-alert-at = alert at { $count }
app-pool-low-stock-alert = low-stock alert at { $count }
app-pool-archived = Archived
app-pool-low-stock = Low stock
app-pool-expiring = { $count } expiring
app-pool-stock = Stock
app-stock-bar = { $available } available, { $reserved } reserved, { $delivered } delivered
app-pool-paused-text = This pool sells nothing until it is resumed.
app-pool-paused-resume = Resume it from the bot or the web dashboard.
app-pool-out-of-stock-text = Buyers who order now wait for your restock; they are served first in, first out.
app-pool-running-low = Running low
app-pool-running-low-text = { $count ->
    [one] Only { NUMBER($count) } item left. Restock soon so orders keep being delivered at once.
   *[other] Only { NUMBER($count) } items left. Restock soon so orders keep being delivered at once.
}
app-pool-count-available = Available
app-pool-count-available-hint = can be sold now
app-pool-count-reserved = Reserved
app-pool-count-delivered = Delivered
app-pool-count-expiring = Expiring soon
app-pool-count-expiring-hint = within 7 days
app-pool-count-expired = Expired
app-pool-count-invalid = Invalid
app-pool-count-withdrawn = Withdrawn
app-pool-archived-text = This pool is archived. Its items are kept, but it cannot be restocked.
app-imports-title = Recent imports
app-imports-failed = Could not load recent imports
app-import-source-csv = CSV file
app-import-source-bot = Pasted in the bot
app-import-source-api = Added in the app or API
app-import-source-supplier = Supplier push
app-import-source-files = Uploaded files
app-import-status-processing = Importing
app-import-status-completed = Done
app-import-status-failed = Failed
app-import-status-undone = Undone
app-import-added = { NUMBER($count) } added
app-import-duplicates = { $count ->
    [one] { NUMBER($count) } duplicate
   *[other] { NUMBER($count) } duplicates
}
app-import-invalid = { NUMBER($count) } invalid

# Mini App: restocking a pool.
app-restock-title = Restock
app-restock-lead-before = Add stock to{" "}
app-restock-lead-after = . { $help } Duplicates of codes you already have are skipped.
app-restock-paste = Paste items
app-restock-help-code = One code per line, or code;pin.
app-restock-help-account = One account per line as user:password.
app-restock-help-key = One key per line.
app-restock-help-bundle = One bundle per line.
app-restock-example-bundle = Everything for one buyer, on one line
app-restock-help-custom = One item per line: { $fields }, separated by ;
app-restock-pool-fields = the pool’s fields
app-restock-help-files = Files are added from the dashboard or by sending them to the bot.
app-restock-batches = Large lists are sent { NUMBER($count) } lines at a time.
app-restock-ready = { $count ->
    [one] { NUMBER($count) } item ready
   *[other] { NUMBER($count) } items ready
}
app-restock-unreadable = { $count ->
    [one] { NUMBER($count) } line cannot be read
   *[other] { NUMBER($count) } lines cannot be read
}
app-restock-sending = Sending { $sent } / { $total }
app-restock-add = { $count ->
    [0] Add items
    [one] Add { NUMBER($count) } item
   *[other] Add { NUMBER($count) } items
}
app-restock-stopped = Stopped at line { $line }
app-restock-stopped-text = Lines before it were added; paste the rest again to continue.
app-restock-done = Restocked
app-restock-done-text = { $count ->
    [one] { NUMBER($count) } item added to the pool.
   *[other] { NUMBER($count) } items added to the pool.
}
app-restock-report = Report
app-restock-accepted = Accepted
app-restock-duplicates = Duplicates skipped
app-restock-rejected = Lines not added
app-restock-rejected-more = And { $count } more.
app-restock-line = Line { $line }
app-restock-skip-no-fields = this pool has no fields
app-restock-skip-too-many-parts = expected at most { $count } parts
app-restock-skip-account = expected user:password
app-restock-skip-missing = { $field } is missing
app-restock-skip-too-long = too long

# Mini App: orders the seller delivers by hand.
app-seller-orders-empty-title = Nothing waiting
app-seller-orders-empty-text = Orders of listings bound to a pool are delivered automatically. Paid orders that need you show up here.
app-seller-orders-footer = Paid and held in escrow until you deliver.
app-seller-orders-paid-at = paid { $when }
app-deliver-title = Deliver order
app-deliver-not-found-title = Order not found
app-deliver-not-found-text = This order does not exist, or it is not one of yours.
app-deliver-paid = Paid
app-deliver-not-waiting = This order is no longer waiting for you.
app-deliver-codes = { $count ->
    [one] { NUMBER($count) } code for the buyer, one per line
   *[other] { NUMBER($count) } codes for the buyer, one per line
}
app-deliver-entered = { $count } of { $expected } entered. Content is encrypted and only the buyer can reveal it.
app-deliver-submit = Deliver

#
#
#

## Dashboard: common

dash-table-actions = Actions
dash-loading = Loading…
dash-try-again = Try again
# A file's size.
dash-size-bytes = { NUMBER($size, maximumFractionDigits: 0) } B
dash-size-kb = { NUMBER($size, maximumFractionDigits: 1) } KB
dash-size-mb = { NUMBER($size, maximumFractionDigits: 1) } MB

#
#
#

## Dashboard: the shell, sign-in, pools and items

# (dashboard messages, part A)

# The dashboard's shared pieces: dialogs, pagers, drop zones, toasts.
dash-ui-cancel = Cancel
dash-ui-close = Close
dash-ui-dismiss = Dismiss
# Between a drop zone's "Drop … here" and its button to choose files.
dash-ui-or = or
dash-ui-page = Page { $page }
dash-ui-previous = Previous
dash-ui-next = Next
dash-ui-load-failed = Could not load this
# Read by screen readers after a Stars amount's number.
dash-ui-stars-unit = { $amount ->
    [one] Star
   *[other] Stars
}
# Beside a form field the server refused (its own reason is in English).
dash-ui-field-invalid = Check this value.

# Sign-in screen, shown before sign-in in the browser's language. <b>, <code> and <kbd> mark
# bold words, code and a command to type; keep them around the same words.
dash-signin-title-none = Sign in to your seller dashboard
dash-signin-text-none = Codepool has no passwords: the Codepool bot in Telegram sends you a one-time sign-in link.
dash-signin-title-expired = Your session has ended
dash-signin-text-expired = Dashboard sessions last a week, and end when you sign out elsewhere. Ask the bot for a fresh link to carry on.
dash-signin-title-signed-out = You are signed out
dash-signin-text-signed-out = Thanks for stopping by. To come back, ask the bot for a new sign-in link.
dash-signin-title-not-seller = This dashboard is for sellers
dash-signin-text-not-seller = Open a shop from the Codepool Mini App in Telegram first, then ask the bot for a sign-in link.
dash-signin-step-open = Open the <b>Codepool bot</b> in Telegram.
dash-signin-step-send = Send <kbd>/dashboard</kbd>.
dash-signin-step-link = Open the link it replies with, in this browser. It works <b>once</b>, within <b>10 minutes</b>.
# For people who run their own Codepool server; the command stays as it is, only "your Telegram id" is translated.
dash-signin-self-hosted = Running Codepool yourself? <code>npm run codepool -- login-link <your Telegram id></code> prints a link too.

# The frame: the sidebar and the tab's title.
# The product's name beside its logo (sidebar, sign-in screen); a name, not translated.
dash-shell-brand = Codepool
dash-shell-title = Codepool — seller dashboard
# The tab's title on a section's page: "Pools · Codepool".
dash-shell-title-section = { $section } · Codepool
# A tag beside the Codepool name in the sidebar.
dash-shell-seller = Seller
dash-shell-live = Live
dash-shell-offline = Offline
dash-shell-live-hint = Updates arrive live
dash-shell-reconnecting = Reconnecting…
# Under the seller's name when they have no @username.
dash-shell-telegram-id = Telegram { $id }
dash-shell-sign-out = Sign out
dash-shell-language = Language
# The language switch's first option: no choice of one's own, the language of one's Telegram app.
dash-shell-language-telegram = Telegram's language

# The sidebar's sections; also the titles of their pages.
dash-nav-label = Main
dash-nav-pools = Pools
dash-nav-templates = Listings
dash-nav-orders = Orders
dash-nav-analytics = Analytics
dash-nav-ledger = Ledger
dash-nav-audit = Audit log
dash-nav-tokens = API tokens

# What each section's page is for, under its title.
dash-page-templates-description = What buyers see and pay for in Telegram Stars. Each variant has its own price, pool, caps and limits; one bound to a pool delivers the moment it is paid.
dash-page-templates-new = New listing
dash-page-templates-empty-title = No listings yet
dash-page-templates-empty-text = Give a pool a title and a price, and buyers can order it from the bot or the Mini App.
dash-page-orders-description = Purchase requests for your listings. Paid orders of listings without a pool wait for you to deliver; disputes wait for your answer.
dash-page-analytics-description = How fast each pool sells, when it runs out, what went to waste, and what each listing earned.
dash-page-ledger-description = Where your Stars are: held, released, refunded — checked against Telegram's own record.
dash-page-audit-description = Everything you did, and everything that happened to your pools, listings, orders and tokens. Addresses are shown for your own actions only.
dash-page-tokens-description = For your own tools and supplier feeds: push stock, read orders. Tokens are managed here only.
# The import page: its back link while the pool's name loads, its titles.
dash-page-import-pool = Pool
dash-page-import-title = Import
dash-page-import-into = Import into { $pool }
dash-page-import-files-description = Files are encrypted as they arrive and their type is read from their bytes; duplicates of your stock or of other files are listed.
dash-page-import-codes-description = Codes are encrypted as they arrive; duplicates of your stock or of earlier lines are skipped and listed.
# Names the import an undo dialog is about ("Undo this import?").
dash-page-import-this = this import

dash-notfound-title = Page not found
dash-notfound-text = This address is not part of the dashboard.
dash-notfound-action = Go to your pools

# The pools page.
dash-pools-description = Encrypted stock, one kind of item per pool.
# Under the title: "3 pools · 1,250 items available".
dash-pools-summary = { $pools ->
        [one] { $pools } pool
       *[other] { $pools } pools
    } · { $available ->
        [one] { $available } item available
       *[other] { $available } items available
    }
# Added to the summary when some pools are at or under their alert.
dash-pools-summary-low = { $count } low on stock
dash-pools-new = New pool
dash-pools-empty-title = No pools yet
dash-pools-empty-text = A pool holds one kind of item (gift card codes, keys, accounts), encrypted. Import a CSV into it, then bind it to a listing.
dash-pools-create-first = Create your first pool
dash-pools-archive-text = It stops selling and its listings are unbound ({ $listings } now). { $available ->
        [one] Its { $available } available item is kept
       *[other] Its { $available } available items are kept
    }, as are past deliveries, so buyers can still reveal and dispute them.
dash-pools-col-pool = Pool
dash-pools-col-available = Available
dash-pools-col-reserved = Reserved
dash-pools-col-delivered = Delivered
dash-pools-col-expired = Expired
dash-pools-col-invalid = Invalid
# The low-stock alert's level.
dash-pools-col-threshold = Threshold
dash-pools-col-listings = Listings
dash-pools-col-status = Status
# In the listings column of a pool no listing sells from.
dash-pools-no-listings = None
# A pool's source mode (a supplier fills it), as a tag under its name, and the tag's tooltip.
dash-pools-source-on_demand = Supplier · on demand
dash-pools-source-hint-on_demand = Sales the pool cannot fill are bought from its supplier
dash-pools-source-backfill = Supplier · backfill
dash-pools-source-hint-backfill = Restocked from its supplier when stock runs low

# One pool: its page, badges, stock cards, form.
dash-pool-title = Pool
dash-pool-not-found = Pool not found
dash-pool-not-found-text = This pool does not exist, or is not yours
dash-pool-load-failed = Could not load the pool
# Under a paused pool's title; the reason is the server's (in English) or the default below.
dash-pool-paused = Paused: { $reason }.
dash-pool-paused-default = too many items disputed as invalid
dash-pool-edit = Edit
dash-pool-archive = Archive
dash-pool-import-files = Import files
dash-pool-import-csv = Import CSV
# How an import without a file name is told apart, where its items name their batch: "Bot · 5 Mar 2026, 10:01".
dash-pool-source-csv = CSV
dash-pool-source-bot = Bot
dash-pool-source-api = API
dash-pool-source-supplier = Supplier
dash-pool-source-files = Files
# Names an import without a file name in the undo dialog ("Undo the 5 Mar 2026, 10:01 import?").
dash-pool-undo-label = the { $when } import
dash-pool-archive-title = Archive { $pool }?
dash-pool-archive-confirm = Archive pool
dash-pool-archive-text = It stops selling and its listings are unbound. Its items and past deliveries are kept.
dash-pool-archived = Archived “{ $pool }”
dash-pool-saved = Saved “{ $pool }”
dash-pool-created = Created pool “{ $pool }”
dash-pool-badge-archived = Archived
dash-pool-badge-paused = Paused
dash-pool-badge-out = Out of stock
dash-pool-badge-low = Low stock
dash-pool-badge-low-hint = Alert at { $count } or fewer
dash-pool-badge-expiring = { $count } expiring
dash-pool-badge-expiring-hint = Available items that expire within 7 days
dash-pool-stat-available = Available
dash-pool-stat-alert-at = Alert at { $count }
dash-pool-stat-no-alert = No low-stock alert
dash-pool-stat-reserved = Reserved
dash-pool-stat-reserved-hint = Held for open orders
dash-pool-stat-delivered = Delivered
dash-pool-stat-delivered-hint = Sold to buyers
dash-pool-stat-expiring = Expiring in 7 days
# Items expiring soonest are the first sold.
dash-pool-stat-expiring-hint = Drawn first
dash-pool-stat-expired = Expired
dash-pool-stat-expired-hint = Past expiry, unsold
dash-pool-stat-invalid = Invalid / withdrawn
dash-pool-stat-invalid-hint = Out of sale
# What a pool of each delivery type holds.
dash-pool-type-code = Gift card codes
dash-pool-type-key = Game / product keys
dash-pool-type-account = Accounts
dash-pool-type-license = Licenses
dash-pool-type-bundle = Bundles
dash-pool-type-custom = Custom fields
dash-pool-type-file = Files (PDF vouchers, license files)
dash-pool-type-image = Images (card photos)
# How codes are compared when looking for duplicates.
dash-pool-normalisation-trim = Exact (trim spaces)
dash-pool-normalisation-upper = Ignore letter case
dash-pool-normalisation-alnum = Letters and digits only (ignore case, dashes, spaces)
dash-pool-form-description = A pool holds one kind of item, encrypted. Bind it to a listing to sell from it.
dash-pool-form-edit-title = Edit { $pool }
dash-pool-form-save = Save changes
dash-pool-form-create = Create pool
dash-pool-form-name = Name
# An example pool name.
dash-pool-form-name-placeholder = Steam Gift Card 20 EUR
dash-pool-form-type = Delivery type
dash-pool-form-type-hint = Fixed once the pool exists: it decides the fields of every item.
dash-pool-form-type-hint-files = Fixed once the pool exists. Each item is an uploaded file, with an optional PIN and note beside it.
dash-pool-form-threshold = Low-stock alert at
dash-pool-form-threshold-hint = You are told once when available stock falls to this. 0 turns it off.
dash-pool-form-normalisation = Duplicate detection
dash-pool-form-normalisation-hint = How codes are compared before a duplicate is refused.
dash-pool-form-resume = Resume selling
dash-pool-form-resume-hint = Paused after too many items were disputed as invalid.
# The fields of a pool of custom fields.
dash-pool-fields = Fields
dash-pool-fields-hint = The first field is the primary one: it must be filled, and duplicates are found by it.
dash-pool-fields-label = Label
dash-pool-fields-name = Column name
dash-pool-fields-required = Required
# A secret field is encrypted and masked like a code.
dash-pool-fields-secret = Secret
dash-pool-fields-remove = Remove
dash-pool-fields-label-of = Field { $n } label
dash-pool-fields-required-of = Field { $n } required
dash-pool-fields-secret-of = Field { $n } secret
# The label a new field starts with, and the first field's.
dash-pool-fields-new = Field { $n }
dash-pool-fields-starter = Code
dash-pool-fields-add = Add field

# A pool's items: the card on its page, the table, finding a code, taking items out of sale.
dash-items-title = Items
dash-items-description = Masked previews only: item content is encrypted and never shown here.
dash-items-description-files = Name, type and size only: the files are encrypted and never shown here.
dash-items-status-available = Available
dash-items-status-reserved = Reserved
dash-items-status-delivered = Delivered
dash-items-status-expired = Expired
dash-items-status-invalid = Invalid
dash-items-status-withdrawn = Withdrawn
dash-items-all = All
dash-items-filter = Filter items by status
dash-items-find-placeholder = Find an exact code…
dash-items-find-label = Find an exact code
dash-items-find = Find
dash-items-searching = Searching…
dash-items-no-match = No item with that exact code in your stock.
dash-items-matches = { $count ->
        [one] { $count } match for that exact code.
       *[other] { $count } matches for that exact code.
    }
dash-items-clear-search = Clear search
dash-items-other-pool = Some matches are in another of your pools.
dash-items-selected = { $count } selected
dash-items-withdraw = Withdraw
dash-items-mark-invalid = Mark invalid
# The empty table, by the status filter chosen.
dash-items-empty-all = No items yet
dash-items-empty-available = No available items
dash-items-empty-reserved = No reserved items
dash-items-empty-delivered = No delivered items
dash-items-empty-expired = No expired items
dash-items-empty-invalid = No invalid items
dash-items-empty-withdrawn = No withdrawn items
dash-items-empty-text = Import a CSV to fill this pool.
dash-items-empty-text-files = Import files to fill this pool.
dash-items-empty-filtered = Try another filter.
# Under the table: which items of the filter's count are on this page.
dash-items-showing = Showing { $from }–{ $to }
dash-items-showing-of = Showing { $from }–{ $to } of { $total }
dash-items-mark-invalid-title = Mark items invalid
dash-items-mark-invalid-confirm = Mark { $count } invalid
dash-items-mark-invalid-text = These items will never be sold: use this for codes the supplier says do not work.
dash-items-withdraw-title = Withdraw items
dash-items-withdraw-confirm = Withdraw { $count }
dash-items-withdraw-text = These items leave the pool; the same codes may be imported again later.
dash-items-mark-note = Only items still available change; anything sold stays the buyer’s.
# After marking; the skipped part is added after "; " when some were sold meanwhile.
dash-items-marked-invalid = { $count ->
        [one] { $count } item marked invalid
       *[other] { $count } items marked invalid
    }
dash-items-marked-withdrawn = { $count ->
        [one] { $count } item marked withdrawn
       *[other] { $count } items marked withdrawn
    }
dash-items-marked-skipped = { $count ->
        [one] { $count } was no longer available
       *[other] { $count } were no longer available
    }
dash-items-select-all = Select all available items on this page
# A row's checkbox; the item is named by its file name or masked preview.
dash-items-select = Select { $item }
dash-items-col-item = Item
dash-items-col-status = Status
dash-items-col-expires = Expires
dash-items-col-supplier = Supplier
dash-items-col-cost = Cost
# The import an item came with.
dash-items-col-batch = Batch
dash-items-col-added = Added
# An item without an expiry date.
dash-items-never = Never

#
#
#

## Dashboard: imports and listings

# (dashboard messages, part B)

# Dashboard: a pool's import history.
dash-imports-title = Import history
dash-imports-empty-title = No imports yet
dash-imports-empty-text = Items you import by CSV, the bot or the API appear here.
dash-imports-col-when = When
dash-imports-col-source = Source
dash-imports-col-file = File
dash-imports-col-rows = Rows
dash-imports-col-accepted = Accepted
dash-imports-col-duplicates = Duplicates
dash-imports-col-invalid = Invalid
dash-imports-col-status = Status
dash-imports-undo = Undo
# Where an import came from.
dash-imports-source-csv = CSV
dash-imports-source-bot = Bot
dash-imports-source-api = API
dash-imports-source-supplier = Supplier
dash-imports-source-files = Files
dash-imports-status-processing = Processing
dash-imports-status-completed = Completed
dash-imports-status-failed = Failed
dash-imports-status-undone = Undone
# A file import named after its first file, when it held more: "card-1.png + 2 more".
dash-import-sent-as-more = { $file } + { $more } more

# Dashboard: undoing an import.
dash-import-undo-title = Undo this import?
dash-import-undo-confirm = Undo import
# $batch is the import's name (its file, or its source and time), shown in bold.
dash-import-undo-text = Every item of { $batch } that is still available leaves the pool (withdrawn, so the same codes can be imported again). Items already sold or reserved stay with their buyers.
dash-import-undone = { $withdrawn ->
    [one] Import undone: { $withdrawn } item withdrawn.
   *[other] Import undone: { $withdrawn } items withdrawn.
}
dash-import-undone-kept = { $withdrawn ->
    [one] Import undone: { $withdrawn } item withdrawn, { $kept } kept (already sold, reserved, expired or invalid).
   *[other] Import undone: { $withdrawn } items withdrawn, { $kept } kept (already sold, reserved, expired or invalid).
}

# Dashboard: importing, shared by the CSV and the file import. $what is a file's name or dash-import-files-count.
dash-import-importing = Importing { $what }
dash-import-keep-open = Keep this page open until the report appears.
dash-import-progress-upload = Upload
# Bytes uploaded so far, both already formatted: "1.2 MB of 3.4 MB".
dash-import-progress-bytes = { $done } of { $total }
dash-import-progress-processing = Processing…
dash-import-progress-waiting = Waiting for the upload
dash-import-start = Import { $what }

# Dashboard: the CSV import.
dash-import-csv-unnamed = file
dash-import-csv-progress-checking = Encrypting and checking for duplicates
dash-import-csv-progress-rows = { $count ->
    [one] { $count } row read
   *[other] { $count } rows read
}
dash-import-csv-choose-title = Choose a CSV file
dash-import-csv-choose-text = One item per line. A header row naming the columns helps; see the templates.
dash-import-csv-drop = Drop a CSV file here
dash-import-csv-choose-button = Choose file…
dash-import-csv-input = CSV file
# $max is a size, already formatted.
dash-import-csv-accepts = UTF-8, comma, semicolon or tab separated, up to { $max }.
dash-import-csv-read-error = Could not read the file
dash-import-csv-check-title = Check the columns
dash-import-csv-check-text = The first rows as your browser reads them. Nothing has been sent yet.
dash-import-csv-another = Choose another file
dash-import-separator = Separator
dash-import-separator-hint = Detected from the first lines.
# The separator select's options; the character itself follows the name.
dash-import-separator-comma = Comma  ,
dash-import-separator-semicolon = Semicolon  ;
dash-import-separator-tab = Tab
dash-import-header = The first row is a header
dash-import-header-hint = Its cells name the columns and it is not imported.
dash-import-strict = All or nothing
dash-import-strict-hint = Refuse the whole file if any line is a duplicate.
dash-import-columns-used = { $count ->
    [one] { $used } of { $count } column imported
   *[other] { $used } of { $count } columns imported
}
# Why the mapping cannot be sent yet. $field and $fields are the pool's field names, lower-cased.
dash-import-problem-primary = Choose the column that holds { $field }.
# $ignore is dash-import-column-ignore.
dash-import-problem-twice = Two columns fill “{ $field }”; set one of them to “{ $ignore }”.
dash-import-problem-missing = Choose a column for { $fields }.

# Dashboard: the CSV preview's table, one select per column.
dash-import-column-line = Line
dash-import-column-number = Column { $number }
dash-import-column-fills = Column { $number } fills
dash-import-column-fields = Item fields
dash-import-column-about = About the item
dash-import-column-ignore = Ignore
dash-import-target-expires_at = Expiry date
dash-import-target-cost = Cost
dash-import-target-supplier = Supplier
dash-import-reveal = Show secret values in the preview

# Dashboard: the CSV templates to download.
dash-import-templates-title = CSV templates
# $columns are the column names, which stay as they are.
dash-import-templates-text = The columns each kind of pool takes, plus the optional expires_at (YYYY-MM-DD), cost and supplier. This pool takes: { $columns }.
dash-import-template-code = Gift card codes
dash-import-template-key = Keys
dash-import-template-account = Accounts
dash-import-template-license = Licenses
dash-import-template-bundle = Bundles
dash-import-template-custom = This pool
dash-import-template-file = Files (optional text beside each)
dash-import-template-image = Images (optional text beside each)
# The example row's value for a field the template has no example of.
dash-import-template-example = example { $field }

# Dashboard: the file and image import.
dash-import-files-count = { $count ->
    [one] { $count } file
   *[other] { $count } files
}
dash-import-files-progress-checking = Checking types, encrypting and looking for duplicates
dash-import-files-progress-done = { $count ->
    [one] { $count } file done
   *[other] { $count } files done
}
dash-import-files-title-image = Choose images
dash-import-files-title-file = Choose files
dash-import-files-text = One item per file, or one ZIP with one item per file inside it.
dash-import-files-drop-image = Drop images or a ZIP here
dash-import-files-drop-file = Drop files or a ZIP here
dash-import-files-add-more = Add more…
dash-import-files-choose = Choose files…
dash-import-files-input = Files to import
# The types and limits under the drop zone; sizes already formatted.
dash-import-files-limits = { $types }; each file up to { $maxFile }, at most { $maxFiles ->
    [one] { $maxFiles } file
   *[other] { $maxFiles } files
} and { $maxUpload } in one upload (the server's defaults). The type is read from the bytes, not the name.
dash-import-files-col-file = File
dash-import-files-col-size = Size
dash-import-files-remove = Remove
dash-import-files-remove-named = Remove { $file }
# $size is already formatted.
dash-import-files-total = { $count ->
    [one] { $count } file, { $size } in all
   *[other] { $count } files, { $size } in all
}
# $problems are the dash-import-files-over-* sentences.
dash-import-files-over-limits = Likely refused by the server's default limits: { $problems }
dash-import-files-over-size = { $file } is over { $max }.
dash-import-files-over-count = { $count ->
    [one] { $count } file is more than { $max }.
   *[other] { $count } files are more than { $max }.
}
dash-import-files-over-total = { $total } in all is over { $max }.
dash-import-files-unpack = Unpack the ZIP into one item per file
# $csv and $columns are file and column names, shown in a code font.
dash-import-files-unpack-hint = An optional { $csv } in the ZIP, with the columns { $file }, { $pin }, { $note }, gives each file its PIN and note. Off: the ZIP itself is one item.
dash-import-files-skip-duplicates = Skip duplicates
dash-import-files-skip-duplicates-hint = Files already in your stock, or sent twice, are skipped and listed. Off: one duplicate refuses the whole upload.
dash-import-files-nothing-sent = Nothing is sent until you import.
dash-import-files-clear = Clear
dash-import-files-start-empty = Import
# A refused upload's heading.
dash-import-refusal-unfinished = The upload did not finish
dash-import-refusal-too-large = Too large: nothing was imported
dash-import-refusal-type = A file of a type this pool does not take: nothing was imported
dash-import-refusal-nothing-imported = The upload was refused: nothing was imported
dash-import-refusal-refused = The upload was refused

# Dashboard: the report an import ends with.
dash-import-report-title = Import finished
dash-import-report-undo = Undo this import
dash-import-report-back = Back to pool
dash-import-report-accepted = Accepted
dash-import-report-duplicates = Duplicates skipped
dash-import-report-why = Why
dash-import-report-duplicate = Duplicate
dash-import-report-more = …and { $count } more, not listed.
# The CSV import's report.
dash-import-report-csv-rows = Rows read
dash-import-report-csv-invalid = Invalid lines
dash-import-report-csv-invalid-badge = Invalid
dash-import-report-csv-another = Import another file
dash-import-report-csv-all = Every line was imported.
dash-import-report-csv-rejected = Rejected lines
dash-import-report-csv-line = Line
dash-import-report-csv-the-file = The file
# $separator is one of dash-import-report-separator-*; $header is yes or no.
dash-import-report-csv-text = { $header ->
    [yes] { $file } → { $pool }. Read with { $separator } separators, first row as header.
   *[no] { $file } → { $pool }. Read with { $separator } separators, no header row.
}
dash-import-report-separator-comma = comma
dash-import-report-separator-semicolon = semicolon
dash-import-report-separator-tab = tab
dash-import-report-csv-columns = Columns:
# The file import's report; $sent is a file's name or dash-import-files-count.
dash-import-report-files-rows = Files read
dash-import-report-files-refused = Refused
dash-import-report-files-another = Import more files
dash-import-report-files-all = Every file was imported.
dash-import-report-files-rejected = Not imported
dash-import-report-files-line = File #
dash-import-report-files-text = { $sent } → { $pool }. Each file is one item, encrypted as it arrived.

# Dashboard: sold against a cap, for a listing or a variant.
dash-sales-sold = { $sold } sold
dash-sales-sold-capped = { $sold } / { $cap } sold · { $left } left

# Dashboard: the listings table.
dash-listings-col-listing = Listing
dash-listings-col-price = Price
dash-listings-col-per-order = Per order
dash-listings-col-pool = Pool
dash-listings-col-stock = In stock
dash-listings-col-sold = Sold
dash-listings-col-auto-pause = Auto-pause
dash-listings-col-status = Status
# Before a price when the variants are priced apart: "from 1,000 ★".
dash-listings-price-from = from
dash-listings-auto-pause-on = On
dash-listings-auto-pause-off = Off
dash-listings-edit = Edit
dash-listings-manual-delivery = Manual delivery
# A pool the page does not know the name of.
dash-listings-pool = Pool
# $sold is dash-sales-sold or dash-sales-sold-capped.
dash-listings-variant-sold = Variant: { $sold }
dash-listing-status-paused = Paused: out of stock
dash-listing-status-inactive = Inactive
dash-listing-status-cap-reached = Cap reached
dash-listing-status-sold-out = Sold out
dash-listing-status-selling = Selling

# Dashboard: the listing form.
dash-listing-new = New listing
dash-listing-edit = Edit { $title }
dash-listing-form = Listing
dash-listing-title = Title
dash-listing-description = Description
dash-listing-description-hint = What buyers see before they pay.
dash-listing-instructions = Instructions
dash-listing-instructions-hint = Shown to the buyer with the revealed item: how to redeem it.
dash-listing-cap = Listing sales cap
dash-listing-unlimited = Unlimited
dash-listing-cap-hint-new = Units it may ever sell, across all its variants. Empty is unlimited.
# $sold is dash-sales-sold or dash-sales-sold-capped.
dash-listing-cap-hint = { $sold } across its variants. Empty is unlimited.
dash-listing-cap-below-sold = { $sold } already sold: the cap cannot be lower than that.
dash-listing-active = Active
dash-listing-active-hint = Buyers can open new orders.
dash-listing-auto-pause = Pause when the pools run out
dash-listing-auto-pause-hint = Resumes by itself on restock.
dash-listing-done = Done
dash-listing-cancel = Cancel
dash-listing-save = Save listing
dash-listing-create = Create listing
dash-listing-saved = Saved “{ $title }”
dash-listing-created = Created listing “{ $title }”

# Dashboard: a listing's variants.
dash-variants = Variants
dash-variants-heading = Variants ({ $count })
dash-variants-count = { $count ->
    [one] { $count } variant
   *[other] { $count } variants
}
dash-variants-drafts-hint = Denominations, regions, editions: each with its own price, pool and caps.
# A variant's place in a new listing, also the name a new variant starts with.
dash-variants-numbered = Variant { $number }
dash-variants-remove-numbered = Remove variant { $number }
dash-variants-add-another = Add another variant
dash-variants-add-open = Add a variant
dash-variants-new = New variant
dash-variants-edit-title = Edit { $title }
dash-variants-cancel = Cancel
dash-variants-save = Save variant
dash-variants-add = Add variant
dash-variants-added = Added “{ $title }”
dash-variants-saved = Saved “{ $title }”
dash-variants-edit = Edit
dash-variants-remove = Remove
dash-variants-remove-confirm = Remove “{ $title }”? Buyers can no longer pick it; past orders keep it.
dash-variants-keep = Keep
dash-variants-remove-variant = Remove variant
dash-variants-removed = Removed “{ $title }”
dash-variants-in-stock = { $count } in stock
# $range is a number or two: "1", "1–5".
dash-variants-per-order = { $range } per order
dash-variants-status-off = Off sale
dash-variants-status-on = On sale
dash-variants-buyer-limit = { $period ->
    [day] { $count } per buyer a day
    [week] { $count } per buyer a week
   *[lifetime] { $count } per buyer ever
}
dash-variants-limit-option-day = Per rolling day
dash-variants-limit-option-week = Per rolling week
dash-variants-limit-option-lifetime = Per buyer, ever

# Dashboard: one variant's fields.
dash-variants-name = Variant name
dash-variants-name-hint = e.g. $25 · EU
dash-variants-price = Price (Stars)
dash-variants-price-hint = Per unit, in whole Stars.
dash-variants-pool = Delivered from
dash-variants-pool-manual-hint = You deliver each paid order by hand.
dash-variants-pool-auto-hint = Delivered once paid.
dash-variants-pool-none = No pool: deliver by hand
dash-variants-pool-option = { $pool } ({ $available } available)
dash-variants-cap = Variant sales cap
dash-variants-cap-hint-new = Units it may ever sell. Empty is unlimited.
dash-variants-cap-hint-sold = { $sold } sold so far. Empty is unlimited.
dash-variants-min = Min per order
dash-variants-max = Max per order
dash-variants-limit = Buyer limit
dash-variants-limit-hint = Counted per Telegram user, over a rolling window.
dash-variants-limit-none = No limit
dash-variants-limit-count = Units per buyer
dash-variants-on-sale = On sale
dash-variants-on-sale-hint = Buyers can pick this variant.

#
#
#

## Dashboard: orders, disputes, analytics, ledger and audit

# (dashboard messages, part C)
# Orders: the requests page and an order’s dialog.

dash-orders-filter-label = Filter orders by status
dash-orders-filter-all = All
# The tab of paid orders; its badge (dash-order-status-funded) also says what to do.
dash-orders-filter-funded = Paid
dash-orders-col-opened = Opened
dash-orders-col-listing = Listing
dash-orders-col-quantity = Qty
dash-orders-col-total = Total
dash-orders-col-status = Status
dash-orders-col-buyer = Buyer
# The button of a row: a paid order to deliver, a dispute to answer, any other order.
dash-orders-deliver = Deliver
dash-orders-resolve = Resolve
dash-orders-details = Details
dash-orders-empty-title = No orders yet
dash-orders-empty = Orders appear here the moment a buyer opens one, and update live.
dash-orders-empty-filtered-title = Nothing here
# Under a status filter with no orders; $status is the status code.
dash-orders-empty-filtered = { $status ->
    [pending_payment] No orders are awaiting payment.
    [funded] No orders are paid and waiting for you to deliver.
    [awaiting_stock] No orders are awaiting stock.
    [preparing] No orders are being prepared by a supplier.
    [delivered] No orders are delivered.
    [disputed] No orders are disputed.
    [completed] No orders are completed.
    [refund_pending] No orders are refunding.
    [refunded] No orders are refunded.
    [cancelled] No orders are cancelled.
    [expired] No orders are expired.
   *[other] No orders have this status.
}

# An order's status as the seller reads it (the buyer's words are the shared status-… ones).
dash-order-status-pending_payment = Awaiting payment
dash-order-status-funded = Paid: deliver
dash-order-status-awaiting_stock = Awaiting stock
dash-order-status-preparing = From supplier
dash-order-status-delivered = Delivered
dash-order-status-disputed = Disputed
dash-order-status-completed = Completed
dash-order-status-refund_pending = Refunding
dash-order-status-refunded = Refunded
dash-order-status-cancelled = Cancelled
dash-order-status-expired = Expired

# The facts of an order's dialog.
dash-order-status = Status
dash-order-id = Order
dash-order-quantity = Quantity
dash-order-buyer = Buyer
dash-order-opened = Opened
dash-order-dispute-window = Dispute window
# $when is a relative time: "in 3 days".
dash-order-dispute-window-ends = ends { $when }
dash-order-items = Items
# $when is a date and time.
dash-order-item-revealed = revealed { $when }
dash-order-item-not-revealed = not revealed
dash-order-history = History

# An event of the order's history, by its audit action (the dot written as a dash).
dash-order-event-request-created = Order opened
dash-order-event-request-funded = Paid into escrow
dash-order-event-request-awaiting_stock = Waiting for stock
dash-order-event-request-manual_delivery_needed = Waiting for you to deliver
dash-order-event-request-delivered = Delivered
dash-order-event-delivery-revealed = Buyer revealed the items
dash-order-event-dispute-opened = Buyer reported a problem
dash-order-event-dispute-replaced = Replaced
dash-order-event-request-refund_started = Refund started
dash-order-event-request-refunded = Refunded
dash-order-event-request-completed = Completed: escrow released to you
dash-order-event-request-cancelled = Cancelled
dash-order-event-request-expired = Expired unpaid
dash-order-event-payment-late_refunding = Late payment given back
# Who did it, after the event's time.
dash-order-by-you = you
dash-order-by-buyer = buyer
dash-order-by-seller = seller
dash-order-by-system = system

# Delivering a paid order by hand.
dash-order-deliver-label = Deliver by hand: { $count ->
    [one] { $count } item
   *[other] { $count } items
}, one per line
dash-order-deliver-hint = { $entered } of { $count } entered. Stored encrypted; only the buyer can reveal it.
dash-order-deliver-submit = { $count ->
    [1] Deliver item
   *[other] Deliver { $count } items
}
dash-order-delivered-toast = Delivered: the buyer has been told

# Answering a dispute. $replace and $refund are the two words below, in bold.
dash-dispute-help = Answer the dispute: { $replace } draws fresh items from the same pool (the disputed ones are burned), { $refund } gives the buyer their Stars back.
dash-dispute-help-replace = replace
dash-dispute-help-refund = refund
# Part of an order is disputed. $whole is dash-dispute-whole-charge in bold; $amount is the
# charge in Stars; $kept = the items not disputed.
dash-dispute-refund-cost-partial = { $disputed } of { $items } items are disputed. Replace sends { $disputed ->
    [one] { $disputed } new item
   *[other] { $disputed } new items
} from stock. A refund returns the { $whole }, { $amount }, and the { $kept ->
    [one] { $kept } item not disputed is
   *[other] { $kept } items not disputed are
} not returned to you.
dash-dispute-whole-charge = whole charge
# The whole order is disputed; $amount is the charge in Stars.
dash-dispute-refund-cost-full = A refund returns { $amount } to the buyer.
dash-dispute-replace = Replace items
dash-dispute-refund = Refund buyer
dash-dispute-replaced-toast = Replacement delivered
dash-dispute-refund-started-toast = Refund started

# Analytics.

dash-analytics-period = Period
dash-analytics-period-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
# The period's first and last UTC days: "5 Mar – 3 Apr (UTC)".
dash-analytics-range = { $from } – { $to } (UTC)
dash-analytics-revenue = Revenue
dash-analytics-revenue-hint = Delivered and completed orders
dash-analytics-orders = Orders
dash-analytics-orders-hint = { $days ->
    [one] In the last day
   *[other] In the last { $days } days
}
dash-analytics-drawn = Items drawn
# Items drawn a day on average.
dash-analytics-drawn-hint = { NUMBER($perDay, maximumFractionDigits: 1) } a day
dash-analytics-expired = Expired unsold
# The recorded cost of the items that expired unsold.
dash-analytics-expired-cost = { $cost } in recorded costs
dash-analytics-expired-all-time = All time
dash-analytics-pools = Pools
dash-analytics-pools-description = Pace is the average of items drawn a day over the period; runway is how long the available stock lasts at it.
dash-analytics-pools-empty-title = No stock movement yet
dash-analytics-pools-empty = Figures appear once a pool has stock or sales.
dash-analytics-col-pool = Pool
dash-analytics-col-draws-per-day = Draws per day
dash-analytics-col-drawn = Drawn
dash-analytics-col-pace = Pace / day
dash-analytics-col-available = Available
dash-analytics-col-runway = Runs out in
dash-analytics-col-expired = Expired
dash-analytics-col-wasted-cost = Wasted cost
# Runway: how long the available stock lasts at the period's pace.
dash-analytics-out-of-stock = Out of stock
dash-analytics-no-draws = No draws
dash-analytics-runway-under-a-day = under a day
dash-analytics-runway-days = { NUMBER($days, maximumFractionDigits: 1) ->
    [one] { NUMBER($days, maximumFractionDigits: 1) } day
   *[other] { NUMBER($days, maximumFractionDigits: 1) } days
}
dash-analytics-listings = Listings
dash-analytics-listings-description = Orders delivered in the period, per listing and per variant. Margin is revenue less the recorded cost of the items handed out, shown when every item has a cost. Sold counts every sale ever, against the cap.
dash-analytics-listings-empty-title = No listings yet
dash-analytics-listings-empty = Create a listing to start selling.
dash-analytics-col-listing = Listing
dash-analytics-col-orders = Orders
dash-analytics-col-units = Units
dash-analytics-col-revenue = Revenue
dash-analytics-col-item-costs = Item costs
dash-analytics-col-margin = Margin
dash-analytics-col-sold = Sold, all time
# Over the item costs of a row: how many of its items have a recorded cost.
dash-analytics-costed-items = { $items ->
    [one] { $costed } of { $items } item has a cost
   *[other] { $costed } of { $items } items have a cost
}
dash-analytics-costed-known = ({ $costed }/{ $items } known)

# A pool's stock chart.
dash-chart-card-title = Stock, last { $days } days
dash-chart-card-description = { $added } added, { $drawn } drawn in { $days } days (UTC days).
# The chart read aloud; $days is how many days it shows.
dash-chart-label = Available stock and daily draws over the last { $days ->
    [one] day
   *[other] { $days } days
}
dash-chart-legend-available = Available stock
dash-chart-legend-drawn = Items drawn per day
dash-chart-legend-threshold = Low-stock alert
# The tooltip of one day.
dash-chart-tip-available = Available: { $count }
dash-chart-tip-drawn = Drawn: { $count }
dash-chart-tip-added = Added: { $count }
# The small bar chart of a pool's daily draws, read aloud.
dash-chart-sparkline = Daily draws of { $name }

# Ledger.

dash-ledger-held = Held in escrow
dash-ledger-held-hint = Paid, not yet released
dash-ledger-released = Released to you
dash-ledger-refunded = Refunded
dash-ledger-refunding = Being refunded
dash-ledger-refunding-hint = Asked of Telegram, or waiting for your refund by hand
dash-ledger-telegram = Telegram’s ledger
dash-ledger-telegram-description = Every hour Codepool reads the bot’s Stars transactions from Telegram and matches each payment to a recorded order and each refund to one we made.
dash-ledger-no-run = No reconciliation has run yet.
dash-ledger-last-run = Last run
dash-ledger-balance = Bot balance at Telegram
dash-ledger-balance-note = (all sellers of this bot together)
dash-ledger-transactions = Transactions
dash-ledger-transactions-counts = { $incoming ->
    [one] { $incoming } payment
   *[other] { $incoming } payments
} in, { $outgoing ->
    [one] { $outgoing } refund
   *[other] { $outgoing } refunds
} out, { $matched } matched
dash-ledger-mismatches = Mismatches
dash-ledger-mismatches-none = None
# The three kinds of mismatch the last reconciliation found.
dash-ledger-recovered = { $count ->
    [one] { $count } payment we had not seen, now recorded
   *[other] { $count } payments we had not seen, now recorded
}
dash-ledger-refunds-reopened = { $count ->
    [one] { $count } refund missing at Telegram, asked again
   *[other] { $count } refunds missing at Telegram, asked again
}
dash-ledger-unknown-refunds = { $count ->
    [one] { $count } refund we did not make
   *[other] { $count } refunds we did not make
}

# Audit log.

dash-audit-empty = Nothing recorded yet
dash-audit-col-when = When
dash-audit-col-event = Event
dash-audit-col-by = By
dash-audit-col-subject = Subject
dash-audit-col-details = Details
dash-audit-col-from = From
dash-audit-by-you = You
dash-audit-by-buyer = Buyer
dash-audit-by-system = System
# In the "From" column: a buyer's address is not the seller's to see.
dash-audit-ip-hidden = hidden

# What a row is about, by its subject type.
dash-audit-subject-pool = Pool
dash-audit-subject-purchase_request = Order
dash-audit-subject-template = Listing
dash-audit-subject-template_variant = Variant
dash-audit-subject-api_token = Token
dash-audit-subject-user = Account
dash-audit-subject-supplier_order = Supplier order
dash-audit-subject-supplier_source = Supplier source
dash-audit-subject-payment_provider = Payment provider

# What happened, by the audit action (the dot written as a dash). An action missing here shows as its code.
dash-audit-action-pool-created = Created a pool
dash-audit-action-pool-updated = Changed a pool
dash-audit-action-pool-archived = Archived a pool
dash-audit-action-pool-paused = Pool paused (too many invalid disputes)
dash-audit-action-pool-low_stock = Low-stock alert
dash-audit-action-items-added = Added items
dash-audit-action-items-imported = Imported items
dash-audit-action-items-import_undone = Undid an import
dash-audit-action-items-marked_invalid = Marked items invalid
dash-audit-action-items-marked_withdrawn = Withdrew items
dash-audit-action-items-expired = Items expired
dash-audit-action-template-created = Created a listing
dash-audit-action-template-updated = Changed a listing
dash-audit-action-templates-auto_paused = Listings paused: pool empty
dash-audit-action-templates-auto_resumed = Listings resumed: pool restocked
dash-audit-action-variant-created = Added a variant
dash-audit-action-variant-updated = Changed a variant
dash-audit-action-variant-removed = Removed a variant
dash-audit-action-request-created = Order opened
dash-audit-action-request-funded = Order paid
dash-audit-action-request-preparing = Order being prepared from a supplier
dash-audit-action-request-delivered = Order delivered
dash-audit-action-request-awaiting_stock = Order waiting for stock
dash-audit-action-request-manual_delivery_needed = Order waiting for manual delivery
dash-audit-action-request-completed = Order completed
dash-audit-action-request-cancelled = Order cancelled
dash-audit-action-request-expired = Order expired unpaid
dash-audit-action-request-refund_started = Refund started
dash-audit-action-request-refunded = Order refunded
dash-audit-action-delivery-revealed = Buyer revealed an order
dash-audit-action-delivery-reveal_failed = Reveal failed: nothing was shown
dash-audit-action-delivery-downloaded = Buyer downloaded a file
dash-audit-action-delivery-download_failed = Download failed: nothing was sent
dash-audit-action-dispute-opened = Dispute opened
dash-audit-action-dispute-replaced = Dispute answered: replaced
dash-audit-action-payment-late_refunding = Late payment given back
dash-audit-action-payment-refunding = Payment being given back
dash-audit-action-payment-refused = Payment event refused
dash-audit-action-refund-manual_needed = Refund to make by hand
dash-audit-action-refund-reopened = Refund asked again: missing at Telegram
dash-audit-action-fraud-cross_seller_duplicate = Imported codes also in another seller’s stock
dash-audit-action-supplier-quote = Tested a supplier source
dash-audit-action-supplier-source_set = Set a supplier source
dash-audit-action-supplier-source_removed = Removed a supplier source
dash-audit-action-supplier-source_paused = Supplier source paused
dash-audit-action-supplier-order_opened = Supplier order opened
dash-audit-action-supplier-order_retried = Supplier order retried
dash-audit-action-supplier-order_failed = Supplier order failed
dash-audit-action-supplier-order_canceled = Supplier order cancelled
dash-audit-action-supplier-place = Placing a supplier order
dash-audit-action-supplier-placed = Supplier order placed
dash-audit-action-supplier-status = Supplier order checked
dash-audit-action-supplier-error = Supplier error
dash-audit-action-supplier-keys = Keys received from the supplier
dash-audit-action-supplier-duplicate_key = Supplier sent keys already in stock
dash-audit-action-api_token-created = Created an API token
dash-audit-action-api_token-revoked = Revoked an API token
dash-audit-action-login_link-created = Sign-in link sent
dash-audit-action-dashboard-signed_in = Signed in to the dashboard
dash-audit-action-user-became_seller = Opened a shop

# The details column: a few of the row's figures by their key; $value is a number or a code.
dash-audit-detail-accepted = accepted { $value }
dash-audit-detail-duplicates = duplicates { $value }
dash-audit-detail-invalid = invalid { $value }
dash-audit-detail-withdrawn = withdrawn { $value }
dash-audit-detail-count = count { $value }
dash-audit-detail-quantity = quantity { $value }
dash-audit-detail-total = total { $value }
dash-audit-detail-reason = reason { $value }
dash-audit-detail-name = name { $value }
dash-audit-detail-available = available { $value }
dash-audit-detail-items = { $count ->
    [one] { $count } item
   *[other] { $count } items
}
# $fields: the names of the changed settings, as the server writes them.
dash-audit-detail-changed = changed { $fields }
dash-audit-detail-changed-nothing = changed nothing

#
#
#

## Dashboard: suppliers and API tokens

# (dashboard messages, part D)

# Supplier costs as the seller types them (the Source card's amount fields).
dash-money-error-format = an amount like 12.50
dash-money-error-two-codes = one currency code at most
# $currency: the source's ISO code, e.g. EUR.
dash-money-error-currency = the source's currency is { $currency }
dash-money-error-no-decimals = { $currency } has no decimals
# $digits: how many decimals the currency has.
dash-money-error-decimals = { $digits ->
    [one] at most { $digits } decimal
   *[other] at most { $digits } decimals
}
dash-money-error-too-large = too large

# The pool page's Source card: where the pool's stock comes from.
dash-source-title = Source
dash-source-description = Where this pool's stock comes from. A supplier fills what you have not uploaded.
dash-source-mode-stock = Stock only — sell what you upload
dash-source-mode-on_demand = On demand — buy what is missing for each sale
dash-source-mode-backfill = Backfill — restock when stock runs low
dash-source-kind-kinguin = Kinguin
dash-source-kind-seller_server = Your own server
# The saved source's badge.
dash-source-status-active = Active
dash-source-status-paused = Paused
# The notice over a paused source: "Paused:" in bold, then its reason (the server's words) and what it means.
dash-source-paused-label = Paused:
dash-source-paused-text = { $reason }. Its listings sell nothing from the supplier until you resume it.
dash-source-paused-reason = too many recent supplier orders failed
dash-source-resume = Resume
dash-source-field-mode = Mode
dash-source-field-kind = Supplier
dash-source-field-product-kinguin = Kinguin product id
dash-source-field-product-seller_server = Listing on your server
dash-source-field-base-url-kinguin = API base URL
dash-source-hint-base-url-kinguin = Leave empty for Kinguin’s production gateway.
dash-source-field-base-url-seller_server = Your server's base URL
dash-source-hint-base-url-seller_server = We call GET /stock and POST /orders under it, signed with your secret.
dash-source-field-max-cost = Highest unit cost
dash-source-hint-max-cost = An order above it is not placed.
dash-source-field-currency = Currency
dash-source-field-wait = Wait for keys (minutes)
dash-source-hint-wait = Then own stock, or a refund.
# Backfill: restock when fewer items than this are available.
dash-source-field-threshold = Restock under
dash-source-hint-threshold = Available items
dash-source-field-quantity = Restock size
dash-source-hint-quantity = Units bought per restock
dash-source-field-spend-cap = Daily spend cap
# $currency: the ISO code typed in the Currency field.
dash-source-hint-spend-cap = Most spent on restocks per UTC day, in { $currency }
dash-source-hint-spend-cap-no-currency = Most spent on restocks per UTC day, in the currency
dash-source-field-credential-kinguin = Kinguin API key
dash-source-field-credential-seller_server = Shared secret (HMAC, 32+ characters)
# The credential field once credentials are saved: its placeholder, then its hint.
dash-source-credential-set-placeholder = set ✓ — enter a new one to replace
dash-source-credential-set = Set ✓ — enter a new one to replace it.
dash-source-credential-hint = Stored encrypted; never shown again, not even to you.
dash-source-save = Save
dash-source-test = Test connection
# Toasts after a save.
dash-source-saved-stock = The pool sells its own stock only
dash-source-saved = Source saved
dash-source-resumed = Source resumed
# The Source card's field errors.
dash-source-error-currency = a three-letter code, like EUR
dash-source-error-positive = more than zero
dash-source-error-whole = a whole number
dash-source-error-api-key = the API key is needed
dash-source-error-secret = the shared secret is needed
dash-source-error-base-url = your server's address is needed
dash-source-error-needed = this is needed
dash-source-error-min-length = { $min ->
    [one] at least { $min } character
   *[other] at least { $min } characters
}
dash-source-error-max-length = { $max ->
    [one] at most { $max } character
   *[other] at most { $max } characters
}
dash-source-error-min = at least { $min }
dash-source-error-max = at most { $max }
# $amount: money, already written, e.g. "€10,000,000.00".
dash-source-error-min-money = at least { $amount }
dash-source-error-max-money = at most { $amount }
dash-source-error-url = an address starting with http:// or https://
dash-source-error-url-credentials = credentials go in their own fields, not in the URL
dash-source-error-printable = printable characters without spaces
dash-source-error-invalid = not accepted; check this value
dash-source-error-check = check the fields
# What the saved source tells: where the supplier posts, its last price, its recent orders.
dash-source-webhook-url = Webhook URL
dash-source-callback-url = Callback URL
dash-source-last-quote = Last quote
dash-source-nothing-on-offer = nothing on offer
dash-source-quote-available = { $count } available
dash-source-quote-none = none yet — press Test connection
dash-source-recent-orders = Recent orders
dash-source-recent-failed = { $count } failed
# What "Test connection" found. A refusal's kind, as the supplier adapter names it.
dash-source-test-error-auth = Credentials refused
dash-source-test-error-unavailable = Product unavailable
dash-source-test-error-balance = Balance too low
dash-source-test-error-price = Price refused
dash-source-test-error-rate_limited = Rate limited
dash-source-test-error-retryable = Temporary error
dash-source-test-error-rejected = Refused
dash-source-test-refused = The supplier refused
dash-source-test-connected = Connected.
dash-source-test-product = Product
dash-source-test-unnamed = not named by the supplier
dash-source-test-price = Price
dash-source-test-within-cap = within your highest cost
dash-source-test-above-cap = above your highest cost: orders would not be placed
dash-source-test-available = Available
dash-source-test-not-told = not told
dash-source-test-checked = Checked

# Copying a value to paste into the supplier's dashboard: the button, its spoken name, and a failed copy.
dash-supplier-copy = Copy
dash-supplier-copied = Copied
dash-supplier-copy-webhook-url = Copy webhook URL
dash-supplier-copy-failed-webhook-url = Copy failed: select the webhook URL and copy it by hand
dash-supplier-copy-callback-url = Copy callback URL
dash-supplier-copy-failed-callback-url = Copy failed: select the callback URL and copy it by hand
dash-supplier-copy-webhook-secret = Copy webhook secret
dash-supplier-copy-failed-webhook-secret = Copy failed: select the webhook secret and copy it by hand

# Kinguin's webhook settings, shown once after the source is created.
dash-supplier-secret-once-lead = Enter these in Kinguin’s webhook settings now.
dash-supplier-secret-once-text = The secret is shown only now; Codepool keeps only its hash. Saving the source again with a new API key does not change it.
dash-supplier-secret-once-url = Webhook URL (for order.complete, order.status and product.update)
# The name of Kinguin's header: the same in every language.
dash-supplier-secret-once-secret = X-Event-Secret
dash-supplier-secret-once-done = I have entered them
dash-supplier-source-failed = Could not load the pool's source

# The pool page's supplier orders.
dash-supplier-orders-title = Supplier orders
dash-supplier-orders-description = Bought for a sale, or to restock. Updates live.
dash-supplier-orders-filter = Status
dash-supplier-orders-all = All
dash-supplier-order-status-pending = Pending
dash-supplier-order-status-placing = Placing
dash-supplier-order-status-processing = Processing
dash-supplier-order-status-completed = Completed
dash-supplier-order-status-failed = Failed
dash-supplier-order-status-canceled = Canceled
dash-supplier-orders-empty = No supplier orders yet
# The empty list under a status tab.
dash-supplier-orders-empty-pending = No pending orders
dash-supplier-orders-empty-placing = No placing orders
dash-supplier-orders-empty-processing = No processing orders
dash-supplier-orders-empty-completed = No completed orders
dash-supplier-orders-empty-failed = No failed orders
dash-supplier-orders-empty-canceled = No canceled orders
dash-supplier-orders-empty-text = Orders appear here when a sale needs more than the pool holds, or a restock is due.
dash-supplier-orders-col-created = Created
dash-supplier-orders-col-status = Status
# The column saying what the order was bought for: a sale, or a restock.
dash-supplier-orders-col-for = For
dash-supplier-orders-col-quantity = Qty
dash-supplier-orders-col-attempts = Attempts
dash-supplier-orders-col-cost = Cost
dash-supplier-orders-col-keys = Keys
dash-supplier-orders-col-last-error = Last error
dash-supplier-orders-col-next = Next
# $id: the order's id at the supplier.
dash-supplier-orders-supplier-id = Supplier's id: { $id }
# A sale's link to the buyer's order; $id is the order's id, short in the text.
dash-supplier-orders-order = Order { $id }
dash-supplier-orders-sale = Sale #{ $id }
dash-supplier-orders-restock = Restock
# The unit cost, over the total: $amount is money, already written.
dash-supplier-orders-each = { $amount } each
# $when: "in 5 minutes", "2 hours ago".
dash-supplier-orders-next = next { $when }
dash-supplier-orders-gives-up = gives up { $when }
dash-supplier-orders-retry = Retry
dash-supplier-orders-retrying = Retrying the order now
dash-supplier-orders-cancel = Cancel
dash-supplier-orders-shown = { $count } shown
dash-supplier-orders-load-more = Load more
dash-supplier-orders-cancel-title = Cancel this supplier order?
dash-supplier-orders-cancel-confirm = Cancel order
dash-supplier-orders-cancel-sale = The buyer’s order is then delivered from the pool’s own stock if it has enough, or refunded. Keys the supplier sends later are not delivered for it.
dash-supplier-orders-cancel-restock = This restock is not bought. The pool restocks again the next time it runs low.
dash-supplier-orders-canceled = Supplier order canceled

# API tokens. What each scope lets a token do (the scope's code, e.g. pools:read, is shown beside it).
dash-tokens-scope-pools-read = Read pools and items
dash-tokens-scope-pools-write = Add items, import, undo
dash-tokens-scope-templates-write = Manage listings
dash-tokens-scope-requests-read = Read orders
dash-tokens-scope-requests-write = Deliver orders by hand, answer disputes (refund or replace)
dash-tokens-scope-ledger-read = Read your balance and ledger
dash-tokens-scope-audit-read = Read your audit trail
dash-tokens-title = Your tokens
dash-tokens-empty = No API tokens
dash-tokens-empty-text = Create one to push stock from a supplier feed or a script.
dash-tokens-col-name = Name
dash-tokens-col-scopes = Scopes
dash-tokens-col-created = Created
dash-tokens-col-last-used = Last used
dash-tokens-col-status = Status
dash-tokens-never = Never
dash-token-status-active = Active
dash-token-status-revoked = Revoked
dash-token-revoke = Revoke
dash-tokens-new-title = New token
dash-tokens-new-description = Tokens act as you, within their scopes. Keep them out of code repositories.
dash-tokens-field-name = Name
# An example name, as a placeholder.
dash-tokens-name-placeholder = Supplier sync
dash-tokens-name-hint = So you know which tool uses it.
# Over the scope checkboxes: what the token may do.
dash-tokens-may = May
dash-tokens-create = Create token
# The new token, shown once: "Copy your new token now." in bold, then why.
dash-token-new-lead = Copy your new token now.
dash-token-new-text = It is shown this once; Codepool keeps only its hash.
dash-token-copy = Copy
dash-token-copied = Copied
dash-token-copy-failed = Copy failed: select the token and copy it by hand
# $header: the HTTP header with the token's start, shown as code ("Authorization: Bearer cp_abc…").
dash-token-usage = Send it as { $header } from your supplier tools.
dash-token-stored = I have stored it
# $name: the token's name.
dash-token-revoke-title = Revoke “{ $name }”?
dash-token-revoke-confirm = Revoke token
dash-token-revoke-text = Anything still using it is refused from its next request. This cannot be undone.
dash-token-revoked = Revoked “{ $name }”
