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

## Dashboard: the shell, sign-in, pools, items and imports

# (dashboard messages, part one)

#
#
#

## Dashboard: listings, requests, disputes, analytics, suppliers, tokens, audit and ledger

# (dashboard messages, part two)
