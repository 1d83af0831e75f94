#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QNetworkReply;
class QPlainTextEdit;
class QPushButton;

namespace podwright::gui {

/**
 * "Send request": an HTTP GET to a published port, showing status, headers and body — what
 * `kubectl port-forward` and `curl -i` give, in one click.
 */
class SendRequestDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SendRequestDialog(const QUrl &url, QWidget *parent = nullptr);

    QLineEdit *urlField() const { return m_url; }
    QString statusText() const;
    QString headersText() const;
    QString bodyText() const;

public Q_SLOTS:
    void send();

Q_SIGNALS:
    void replyShown(); ///< the answer (or the error) is on screen

private:
    void showReply(QNetworkReply *reply);

    QNetworkAccessManager *m_network;
    QLineEdit *m_url;
    QPushButton *m_send;
    QLabel *m_status;
    QPlainTextEdit *m_headers;
    QPlainTextEdit *m_body;
};

} // namespace podwright::gui
