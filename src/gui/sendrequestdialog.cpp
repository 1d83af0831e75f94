#include "sendrequestdialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace podwright::gui {

SendRequestDialog::SendRequestDialog(const QUrl &url, QWidget *parent)
    : QDialog(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_url(new QLineEdit(url.toString(), this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_status(new QLabel(this))
    , m_headers(new QPlainTextEdit(this))
    , m_body(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Send Request"));
    m_url->setAccessibleName(tr("URL"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QPlainTextEdit *view : { m_headers, m_body }) {
        view->setReadOnly(true);
        view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    m_headers->setAccessibleName(tr("Response headers"));
    m_body->setAccessibleName(tr("Response body"));
    m_send->setDefault(true);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("GET"), this));
    top->addWidget(m_url, 1);
    top->addWidget(m_send);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_headers);
    splitter->addWidget(m_body);
    splitter->setStretchFactor(1, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(640, 480);

    connect(m_send, &QPushButton::clicked, this, &SendRequestDialog::send);
    connect(m_url, &QLineEdit::returnPressed, this, &SendRequestDialog::send);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString SendRequestDialog::statusText() const
{
    return m_status->text();
}

QString SendRequestDialog::headersText() const
{
    return m_headers->toPlainText();
}

QString SendRequestDialog::bodyText() const
{
    return m_body->toPlainText();
}

void SendRequestDialog::send()
{
    const QUrl url = QUrl::fromUserInput(m_url->text());
    if (!url.isValid()) {
        m_status->setText(tr("Not a valid URL."));
        return;
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    m_status->setText(tr("Sending…"));
    m_headers->clear();
    m_body->clear();
    m_send->setEnabled(false);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { showReply(reply); });
}

void SendRequestDialog::showReply(QNetworkReply *reply)
{
    reply->deleteLater();
    m_send->setEnabled(true);
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid()) {
        m_status->setText(tr("No answer: %1").arg(reply->errorString()));
        Q_EMIT replyShown();
        return;
    }
    m_status->setText(
        tr("HTTP %1 %2")
            .arg(status.toInt())
            .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()));
    QStringList headers;
    for (const auto &[name, value] : reply->rawHeaderPairs())
        headers << QString::fromLatin1(name + ": " + value);
    m_headers->setPlainText(headers.join(QLatin1Char('\n')));
    const QByteArray body = reply->readAll();
    m_body->setPlainText(QString::fromUtf8(body.left(1024 * 1024)));
    Q_EMIT replyShown();
}

} // namespace podwright::gui
