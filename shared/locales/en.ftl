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

#
#
#

## Dashboard: orders, disputes, analytics, ledger and audit

# (dashboard messages, part C)

#
#
#

## Dashboard: suppliers and API tokens

# (dashboard messages, part D)
