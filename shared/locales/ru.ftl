# Русский каталог Codepool. Идентификаторы сообщений те же, что в en.ftl.

## Common

language-name = Русский
stars = { NUMBER($amount) } ★

status-pending_payment = ожидает оплаты
status-funded = оплачен, выдаётся
status-awaiting_stock = оплачен, ждёт поступления
status-preparing = оплачен, готовится
status-delivered = выдан
status-disputed = сообщено о проблеме
status-completed = завершён
status-refund_pending = идёт возврат
status-refunded = возвращён
status-cancelled = отменён
status-expired = истёк

dispute-reason-invalid = код недействителен
dispute-reason-already_used = код уже использован
dispute-reason-wrong_region = не тот регион
dispute-reason-other = другая проблема

period-day = сегодня
period-week = на этой неделе
period-lifetime = всего

error-validation_failed = Часть отправленных данных неверна.
error-invalid_json = Не удалось прочитать запрос.
error-payload_too_large = Слишком большой объём.
error-unsupported_media_type = Такой тип файла не принимается.
error-unauthorized = Войдите снова.
error-session_expired = Сеанс истёк. Войдите снова.
error-forbidden = У вас нет прав на это действие.
error-not_found = Не найдено. Возможно, это удалили.
error-conflict = Сейчас это сделать нельзя.
error-precondition_failed = Данные изменились. Обновите страницу и попробуйте снова.
error-limit_exceeded = Слишком много запросов. Попробуйте чуть позже.
error-gone = Ссылка истекла или уже использована.
error-internal = У нас что-то пошло не так. Попробуйте ещё раз.
error-unavailable = Codepool сейчас занят. Попробуйте через минуту.
error-network = Нет соединения. Проверьте сеть и попробуйте снова.
error-invalid_response = Сервер прислал непонятный ответ. Попробуйте ещё раз.

rule-variant_required = Сначала выберите вариант.
rule-variant_inactive = Этот вариант не продаётся.
rule-min_per_order = { $min ->
    [one] Не меньше { $min } штуки в заказе.
   *[other] Не меньше { $min } штук в заказе.
}
rule-max_per_order = { $max ->
    [one] Не больше { $max } штуки в заказе.
   *[other] Не больше { $max } штук в заказе.
}
rule-variant_cap = { $remaining ->
    [0] Этот вариант распродан.
    [one] Осталась { $remaining } штука.
    [few] Осталось { $remaining } штуки.
   *[many] Осталось { $remaining } штук.
}
rule-listing_cap = { $remaining ->
    [0] Этот товар распродан.
    [one] От товара осталась { $remaining } штука.
    [few] От товара осталось { $remaining } штуки.
   *[many] От товара осталось { $remaining } штук.
}
rule-buyer_limit = { $remaining ->
    [0] Вы достигли своего лимита для этого варианта.
    [one] Вы можете купить ещё { $remaining } штуку.
    [few] Вы можете купить ещё { $remaining } штуки.
   *[many] Вы можете купить ещё { $remaining } штук.
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
