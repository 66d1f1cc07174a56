/**
 * Money shows cents even when written without them (`7 EUR` reads as `7.00 EUR`). The
 * amount is the decimal as written and only ever gains trailing zeros, which leaves its
 * value as it was: `0.0000001` and `12345678901234567890` are published digit for digit.
 */
export function formatMoney(amount: string): string {
    const fraction = amount.split('.')[1];
    if (fraction === undefined) {
        return `${amount}.00`;
    }
    return fraction.length >= 2 ? amount : `${amount}${'0'.repeat(2 - fraction.length)}`;
}
